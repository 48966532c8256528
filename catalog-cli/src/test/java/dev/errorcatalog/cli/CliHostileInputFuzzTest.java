package dev.errorcatalog.cli;

import dev.errorcatalog.EnvelopeException;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ErrorEnvelope;
import dev.errorcatalog.i18n.Printable;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Pasted text as hostile as it comes, from a fixed seed (set {@code -Dfuzz.seed=...} to try others) and a fixed number
 * of cases, so a failure can be replayed: long runs of white space, dotted words of thousands of parts, runs of
 * combining marks, quotes, colons, the labels explain looks for, control characters, lone surrogates; up to a
 * megabyte. What explain looks for in it is found in under a second for each; explain and search on it answer, or
 * say in one short line why not, and never fail with anything else.
 */
class CliHostileInputFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261124L);
    private static final Duration UNDER_A_SECOND = Duration.ofSeconds(1);
    /** For the whole command, which loads the catalog each time: a bound for "does not hang", not a measure. */
    private static final Duration PROMPTLY = ExplainCommandTest.PROMPTLY;

    private static final String[] PIECES = {
            " ", "  ", "\t", "\n", "\r\n", "\u000b", "\f", "\u00a0", "\u3000", "A", "z", "Q9", "0", ".", "..", "_", "-", "\"", "'",
            ":", "=", "{", "}", "[", "]", ",", "code", "Code:", "code: ", "error_code=", "\"Code\":\"", "ErrorCode", "message:",
            "requestId:", "requestId: ", "request_id=", "RequestId\":\"", "[TencentCloudSDKException]", "code:", "ed93f3cb-4e1a",
            "InvalidParameterValue.FileIdsTooMany", "ResourceNotFound.FileNotExist", "FailedOperation.", "Ab.c_d", "\u0000",
            "\u0007", "\u001b[2J", "\u001b]0;t\u0007", "\u007f", "\u0085", "\u009b", "\u2028", "\u202e", "\ufeff", "\ud800",
            "\udc00", "\ud83d\ude00", "中", "白盒密钥", "é", "e\u0301", "\u0301", "Ж", "\u0660", "\uff21"};

    private final Random random = new Random(SEED);

    /** A run of one thing, long enough to matter to a pattern that backtracks or recurses. */
    private String run(int length) {
        int n = 1 + random.nextInt(Math.max(1, length));
        return switch (random.nextInt(7)) {
            case 0 -> " ".repeat(n);
            case 1 -> " \t".repeat(n / 2 + 1);
            case 2 -> "A" + ".b".repeat(n / 2 + 1);
            case 3 -> "Abc" + ".D_e".repeat(n / 4 + 1) + "\u00e9";
            case 4 -> "e" + "\u0301".repeat(n);
            case 5 -> "code: ".repeat(n / 6 + 1);
            default -> "x".repeat(n);
        };
    }

    /** Pasted text of about {@code length} characters: pieces, random characters and long runs, mixed. */
    private String pasted(int length, boolean surrogates) {
        StringBuilder s = new StringBuilder(length + 64);
        while (s.length() < length) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                s.append(run(Math.min(length - s.length(), 200_000)));
            } else if (kind == 1) {
                s.append((char) random.nextInt(0x10000));
            } else {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        String text = s.substring(0, Math.min(s.length(), length));
        return surrogates ? text : text.replaceAll("\\p{Cs}", "?"); // a character class: linear, as the test requires of the code
    }

    private String shown(int n, String text) {
        return "seed " + SEED + ", case " + n + " (" + text.length() + " characters): " + Printable.shorten(text, 300);
    }

    /** The length of each case: many small ones first, then some of 100 KB, then a few of a megabyte, so the run stays a few seconds. */
    private int length(int n) {
        return n < 1_200 ? random.nextInt(300) : n < 1_380 ? random.nextInt(10_000) : n < 1_397 ? random.nextInt(100_000) : 1_000_000;
    }

    @Test
    void whatExplainLooksForIsFoundInUnderASecondWhateverWasPasted() {
        for (int n = 0; n < 1_400; n++) {
            String text = pasted(length(n), true);
            String shown = shown(n, text);
            assertTimeoutPreemptively(UNDER_A_SECOND, () -> scan(text, shown), () -> "not under a second: " + shown);
        }
    }

    /** Everything explain looks for, and search's words, with a few checks of their shape. */
    private static void scan(String text, String shown) {
        try {
            PastedText.sdkLine(text).ifPresent(line -> assertTrue(line.message().length() < text.length()));
            PastedText.labelledCode(text).ifPresent(code -> assertTrue(Character.isLetter(code.charAt(0)), code));
            for (String word : PastedText.codeWords(text, ErrorCode.MAX_LENGTH)) {
                assertTrue(word.length() <= ErrorCode.MAX_LENGTH && !word.endsWith(".") && Character.isUpperCase(word.charAt(0)), word);
            }
            PastedText.requestId(text).ifPresent(id -> assertTrue(id.length() >= PastedText.MIN_REQUEST_ID, id));
            // search reads no more than this: a longer query is refused before its words are taken apart
            SearchCommand.terms(text.substring(0, Math.min(text.length(), SearchCommand.MAX_QUERY)).toLowerCase(java.util.Locale.ROOT));
        } catch (StackOverflowError e) {
            fail("recursed by the input's size: " + shown);
        }
    }

    @Test
    void theCommandLineReadsBytesAsTheLibraryDoes() {
        for (int n = 0; n < 2_000; n++) {
            byte[] bytes = pasted(random.nextInt(40), random.nextBoolean()).getBytes(StandardCharsets.UTF_8);
            for (int e = random.nextInt(3); e > 0 && bytes.length > 0; e--) {
                bytes[random.nextInt(bytes.length)] = (byte) (random.nextBoolean() ? random.nextInt(256) : 0x80 | random.nextInt(0x40));
            }
            String hex = "seed " + SEED + ", case " + n + ": " + java.util.HexFormat.of().formatHex(bytes);
            Optional<String> library = notUtf8(() -> ErrorEnvelope.parse(bytes));
            try {
                ExplainCommand.utf8(bytes, "-");
                assertEquals(Optional.empty(), library, "read here, refused by the library: " + hex);
            } catch (CliException refused) {
                assertEquals(ExitCode.BAD_INPUT, refused.exitCode, hex);
                assertEquals(library.map(m -> "'-': " + m), Optional.of(refused.getMessage()),
                        "refused here as the library refuses it, at the same place: " + hex);
            }
        }
    }

    /** The library's message when it refuses the bytes as not UTF-8. */
    private static Optional<String> notUtf8(Supplier<?> parse) {
        try {
            parse.get();
            return Optional.empty();
        } catch (EnvelopeException e) {
            return e.getMessage().startsWith("not UTF-8") ? Optional.of(e.getMessage()) : Optional.empty();
        }
    }

    private record Outcome(int exit, String out, String err) {
    }

    private static Outcome cli(String shown, String... args) {
        return assertTimeoutPreemptively(PROMPTLY, () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit;
            try {
                exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
            } catch (Throwable t) {
                return fail("the command line failed with " + t + ": " + shown, t);
            }
            return new Outcome(exit, out.toString(), err.toString());
        }, () -> "did not answer within " + PROMPTLY + ": " + shown);
    }

    /** Exit 0, or the one short error line with the exit code given; never a stack trace or a control character. */
    private static void assertAnsweredOrSaidWhy(Outcome r, int refused, String shown) {
        assertTrue(r.exit() == 0 || r.exit() == refused, "exit " + r.exit() + ", " + Printable.shorten(r.err(), 300) + ": " + shown);
        assertTrue(r.out().chars().noneMatch(c -> Character.isISOControl(c) && c != '\n'), "control characters shown as escapes: " + shown);
        if (r.exit() != 0) {
            List<String> lines = r.err().lines().toList();
            assertEquals(1, lines.size(), shown);
            assertTrue(lines.get(0).startsWith("errorcatalog: ") && lines.get(0).length() < 600, Printable.shorten(lines.get(0), 700));
            assertFalse(r.err().contains("\tat "), shown);
            assertTrue(r.err().chars().noneMatch(c -> Character.isISOControl(c) && c != '\n'), shown);
        }
    }

    @Test
    void explainOnPastedTextAnswersOrSaysWhyInOneLine() {
        for (int n = 0; n < 8; n++) {
            // a megabyte twice, then shorter; the real code placed somewhere in most of them
            String text = pasted(n < 2 ? 1_000_000 : 1 + random.nextInt(50_000), n % 3 == 2);
            if (n % 2 == 0) {
                int at = random.nextInt(text.length() + 1);
                text = text.substring(0, at) + " ResourceNotFound.FileNotExist " + text.substring(at);
            }
            String shown = shown(n, text);
            assertAnsweredOrSaidWhy(cli(shown, "explain", "-p", "vod", " " + text), ExitCode.BAD_INPUT, shown);
        }
    }

    @Test
    void searchOnPastedTextAnswersOrSaysWhyInOneLine() {
        for (int n = 0; n < 5; n++) {
            String text = pasted(n == 0 ? 1_000_000 : 1 + random.nextInt(2 * SearchCommand.MAX_QUERY), false);
            String shown = shown(n, text);
            Outcome r = cli(shown, "search", "-p", "kms", " " + text); // a space first: not taken for an option
            String query = text.strip().toLowerCase(java.util.Locale.ROOT);
            assertAnsweredOrSaidWhy(r, query.length() > SearchCommand.MAX_QUERY || query.isEmpty() ? ExitCode.BAD_INPUT
                    : ExitCode.NOT_APPLICABLE, shown);
        }
    }
}
