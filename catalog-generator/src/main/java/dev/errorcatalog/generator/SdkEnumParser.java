package dev.errorcatalog.generator;

import dev.errorcatalog.i18n.Printable;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Reads an SDK's {@code <Product>ErrorCode.java} as text: an enum whose constants each hold a code, most of them
 * behind a block comment that says what the code means, such as a comment {@code CAM签名/鉴权错误。} followed by
 * {@code AUTHFAILURE("AuthFailure"),}; the list ends at the first {@code ;}. The SDK's classes are never compiled
 * or loaded.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class SdkEnumParser {
    /** The most constants one enum may hold: an SDK's largest holds some hundreds. */
    public static final int MAX_CONSTANTS = 20_000;

    /** One constant: its name, its code, the comment before it (whitespace collapsed, empty when none), its line. */
    public record Constant(String name, String code, String comment, int line) {
    }

    private final String file;
    private final String text;
    private int at;
    private int line = 1;

    private SdkEnumParser(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /**
     * @param file the file's name, for errors
     * @throws SourceFormatException naming the file and line where the text stops being such an enum, or where it
     *                               holds more than {@link #MAX_CONSTANTS}
     */
    public static List<Constant> parse(String file, String text) {
        return new SdkEnumParser(file, text).constants(false);
    }

    /**
     * As {@link #parse}, but an enum of no constants (the SDK's {@code // No Errorcode}: a product that lists none) is
     * an empty list, not an error.
     */
    public static List<Constant> parseListingNone(String file, String text) {
        return new SdkEnumParser(file, text).constants(true);
    }

    private List<Constant> constants(boolean noneAllowed) {
        int open = enumBody();
        advanceTo(open + 1);
        List<Constant> constants = new ArrayList<>();
        String comment = "";
        while (true) {
            skipWhitespace();
            if (at >= text.length()) {
                throw error("the enum's constants end without a ';' or '}'");
            }
            if (text.startsWith("/*", at)) {
                comment = blockComment();
            } else if (text.startsWith("//", at)) {
                int end = text.indexOf('\n', at);
                advanceTo(end < 0 ? text.length() : end);
            } else if (text.charAt(at) == ';' || text.charAt(at) == '}') {
                if (constants.isEmpty() && !noneAllowed) {
                    throw error("the enum has no constants: the SDK lists no error code for this product");
                }
                return constants;
            } else {
                if (constants.size() == MAX_CONSTANTS) {
                    throw error(String.format(java.util.Locale.ROOT, "more than %,d constants, the most the generator takes"
                            + " from one enum", MAX_CONSTANTS));
                }
                constants.add(constant(comment));
                comment = "";
                skipWhitespace();
                if (at < text.length() && text.charAt(at) == ',') {
                    advanceTo(at + 1);
                }
            }
        }
    }

    private int enumBody() {
        int e = text.indexOf(" enum ");
        int open = e < 0 ? -1 : text.indexOf('{', e);
        if (open < 0) {
            throw new SourceFormatException(file, 0, "not an enum declaration (no 'enum Name {')");
        }
        return open;
    }

    private String blockComment() {
        int start = at;
        int end = text.indexOf("*/", at + 2);
        if (end < 0) {
            throw error("a comment opened here is never closed");
        }
        advanceTo(end + 2);
        return String.join(" ", text.substring(start + 2, end).strip().split("\\s+")).strip();
    }

    private Constant constant(String comment) {
        int startLine = line;
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        if (at == start) {
            throw error("expected a constant such as NAME(\"Code\"), found " + near());
        }
        String name = text.substring(start, at);
        String shown = Printable.shorten(name, 60); // for errors: the name as read is what the constant keeps
        expect('(', shown);
        skipWhitespace();
        expect('"', shown);
        // the closing quote on this line: looking no further than the line's end keeps a long line of constants linear
        int close = -1;
        for (int i = at; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (text.charAt(i) == '"') {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw error("the code string of " + shown + " is not closed on its line");
        }
        String code = text.substring(at, close);
        advanceTo(close + 1);
        skipWhitespace();
        expect(')', shown);
        return new Constant(name, code, comment, startLine);
    }

    private void expect(char c, String name) {
        if (at >= text.length() || text.charAt(at) != c) {
            throw error("expected '" + c + "' in constant " + name + ", found " + near());
        }
        at++;
    }

    private void skipWhitespace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            if (text.charAt(at) == '\n') {
                line++;
            }
            at++;
        }
    }

    private void advanceTo(int to) {
        for (int i = at; i < to; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        at = to;
    }

    private String near() {
        if (at >= text.length()) {
            return "the end of the file";
        }
        String rest = text.substring(at, Math.min(text.length(), at + 20)).split("\n", 2)[0];
        return "'" + Printable.of(rest) + "'";
    }

    private SourceFormatException error(String problem) {
        return new SourceFormatException(file, line, problem);
    }
}
