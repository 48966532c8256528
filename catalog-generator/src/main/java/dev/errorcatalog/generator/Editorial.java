package dev.errorcatalog.generator;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.RetryAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a product's maintainers add to the sources, in one JSON file: their own translations where no source words a
 * code in a language, English for the error centre's solutions, retry advice where the meaning is plain, and a
 * short note on a code where a reader needs the reason.
 * <pre>{@code
 * {"messages": {"en": {"Code": "Text."}}, "solutions": {"en": {"Code": "Text."}},
 *  "retry": {"InvalidParameter": "DO_NOT_RETRY"}, "retryCoversSubcodes": ["InvalidParameter"],
 *  "notes": {"ResourceUnavailable": "Why it has no advice."}}
 * }</pre>
 *
 * @param messages            language tag to code to text
 * @param solutions           language tag to code to text
 * @param retry               code to advice
 * @param retryCoversSubcodes codes whose advice holds for every subcode
 * @param notes               code to a one-line note, written above its constant
 */
record Editorial(Map<String, Map<String, String>> messages, Map<String, Map<String, String>> solutions,
                 Map<String, RetryAdvice> retry, Set<String> retryCoversSubcodes, Map<String, String> notes) {

    public static final Editorial NONE = new Editorial(Map.of(), Map.of(), Map.of(), Set.of(), Map.of());

    public Optional<String> message(String tag, String code) {
        return Optional.ofNullable(messages.getOrDefault(tag, Map.of()).get(code));
    }

    public Optional<String> solution(String tag, String code) {
        return Optional.ofNullable(solutions.getOrDefault(tag, Map.of()).get(code));
    }

    /** @throws SourceFormatException naming the file and line of what does not fit the shape above */
    public static Editorial read(Path file) {
        String where = file.toString();
        try (InputStream in = Inputs.open(file); JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), in)) {
            expect(p, JsonToken.START_OBJECT, where, "the file must be a JSON object");
            Map<String, Map<String, String>> messages = new TreeMap<>();
            Map<String, Map<String, String>> solutions = new TreeMap<>();
            Map<String, RetryAdvice> retry = new TreeMap<>();
            Set<String> covering = new TreeSet<>();
            Map<String, String> notes = new TreeMap<>();
            String name;
            while ((name = p.nextName()) != null) {
                switch (name) {
                    case "messages" -> byLanguage(p, where, messages);
                    case "solutions" -> byLanguage(p, where, solutions);
                    case "notes" -> notes.putAll(strings(p, where));
                    case "retry" -> {
                        expect(p, JsonToken.START_OBJECT, where, "expected an object of code to advice");
                        String code;
                        while ((code = code(p, where)) != null) {
                            expect(p, JsonToken.VALUE_STRING, where, code + " must be a string");
                            try {
                                retry.put(code, RetryAdvice.valueOf(p.getString()));
                            } catch (IllegalArgumentException e) {
                                throw new SourceFormatException(where, p.currentTokenLocation().getLineNr(), "retry of " + code
                                        + ": no advice " + Inputs.quote(p.getString()) + " (known: "
                                        + java.util.Arrays.toString(RetryAdvice.values()) + ")");
                            }
                        }
                    }
                    case "retryCoversSubcodes" -> {
                        expect(p, JsonToken.START_ARRAY, where, "retryCoversSubcodes must be an array of codes");
                        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                            int line = p.currentTokenLocation().getLineNr();
                            if (t != JsonToken.VALUE_STRING) {
                                throw new SourceFormatException(where, line, "retryCoversSubcodes must be an array of codes");
                            }
                            covering.add(validCode(p.getString(), where, line));
                        }
                    }
                    default -> throw new SourceFormatException(where, p.currentTokenLocation().getLineNr(),
                            "unknown field " + Inputs.quote(name) + " (known: messages, solutions, retry, retryCoversSubcodes, notes)");
                }
            }
            return new Editorial(messages, solutions, retry, covering, notes);
        } catch (JacksonException e) {
            throw new SourceFormatException(where, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static void byLanguage(JsonParser p, String where, Map<String, Map<String, String>> into) {
        expect(p, JsonToken.START_OBJECT, where, "expected an object of language tag to texts");
        String tag;
        while ((tag = p.nextName()) != null) {
            into.put(tag, strings(p, where));
        }
    }

    /** An object of code to text: every key an error code, every text one a UTF-8 file can hold. */
    private static Map<String, String> strings(JsonParser p, String where) {
        expect(p, JsonToken.START_OBJECT, where, "expected an object of code to text");
        Map<String, String> out = new TreeMap<>();
        String code;
        while ((code = code(p, where)) != null) {
            expect(p, JsonToken.VALUE_STRING, where, code + " must be a string");
            out.put(code, Inputs.wellFormed(p.getString(), where, p.currentTokenLocation().getLineNr()));
        }
        return out;
    }

    /** The next key of an object of codes, null at its end; a key that is not an error code names its line. */
    private static String code(JsonParser p, String where) {
        String code = p.nextName();
        return code == null ? null : validCode(code, where, p.currentTokenLocation().getLineNr());
    }

    private static String validCode(String code, String where, int line) {
        if (!ErrorCode.isValid(code)) {
            throw new SourceFormatException(where, line, Inputs.quote(code) + " is not an error code");
        }
        return code;
    }

    private static void expect(JsonParser p, JsonToken token, String where, String problem) {
        if (p.nextToken() != token) {
            throw new SourceFormatException(where, p.currentTokenLocation().getLineNr(), problem);
        }
    }
}
