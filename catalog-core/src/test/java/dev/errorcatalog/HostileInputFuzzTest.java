package dev.errorcatalog;

import dev.errorcatalog.i18n.InvalidValueException;
import dev.errorcatalog.i18n.InvalidLanguageTagException;
import dev.errorcatalog.i18n.LanguageTags;
import dev.errorcatalog.i18n.LocaleNegotiator;
import dev.errorcatalog.i18n.Printable;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Generated hostile input, from a fixed seed (set {@code -Dfuzz.seed=...} to try others) and a fixed number of cases,
 * so a failure can be replayed: code text, locale text, envelopes as text and as bytes, and what write writes.
 * Only the documented exceptions may come out, each with a one-line, printable message; the text and byte forms
 * of an envelope must give the same answer.
 */
class HostileInputFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261124L);
    private static final int CASES = 20_000;

    /** Pieces hostile text is made of: the grammar's own characters, and what breaks logs, terminals and decoders. */
    private static final String[] PIECES = {
            "A", "z", "Q9", "0", "7", ".", "..", "_", "-", " ", "\t", "\n", "\r", "\u0000", "\u0007", "\u001b[2J",
            "\u001b]0;t\u0007", "\u007f", "\u0085", "\u009b", "\u2028", "\u202e", "\ufeff", "\ud800", "\udc00",
            "\ud83d\ude00", "中", "é", "\u0660", "\uff21", "\u0130", "\\", "\\u", "\\u0041", "\\u00", "\\ud800", "\\n",
            "\"", "'", "{", "}", "[", "]", ":", ",", ";", "q=", "q=0", "q=0.5", "q=1.5", "*", "zh-CN", "en", "und",
            "x-", "-Hans", "_CN", "1e999", "-2147483649", "99999999999", "true", "null", "Response", "Error", "Code",
            "Message", "RequestId", "code", "codeDesc", "message"};

    private static final List<String> ENVELOPES = List.of(
            "{\"Response\":{\"Error\":{\"Code\":\"InvalidParameterValue.FileIdsTooMany\",\"Message\":\"too many\"},\"RequestId\":\"r-1\"}}",
            "{\"Response\":{\"RequestId\":\"ok\"}}",
            "{\"code\":4000,\"message\":\"bad\",\"codeDesc\":\"InvalidParameter\"}",
            "{\"code\":0}",
            "\ufeff{\"Response\":{\"Error\":{\"Code\":\"A\",\"Message\":\"\\u4e2d\\ud83d\\ude00\"}}}");

    private final Random random = new Random(SEED);

    private String hostile(int maxPieces) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(maxPieces + 1);
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(8) == 0 ? String.valueOf((char) random.nextInt(0x10000)) : PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString();
    }

    /** A valid sample with a few pieces inserted, removed or replaced. */
    private String mutated(String sample) {
        StringBuilder s = new StringBuilder(sample);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(s.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, hostile(2));
                case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(4)));
                default -> s.replace(at, Math.min(s.length(), at + 1), hostile(1));
            }
        }
        return s.toString();
    }

    private static void assertPrintable(RuntimeException e, Object input) {
        String m = e.getMessage();
        if (m == null || !m.equals(Printable.of(m)) || m.contains("\n")) {
            fail("not a one-line, printable message for input " + Printable.of(String.valueOf(input)) + ": " + Printable.of(m), e);
        }
    }

    /** Runs an operation that may throw only {@code documented}; returns what it gave, or the exception. */
    private static Object outcome(Supplier<?> operation, Class<? extends RuntimeException> documented, Object input) {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            if (!documented.isInstance(e)) {
                fail("undocumented " + e.getClass().getName() + " for input " + Printable.of(String.valueOf(input)), e);
            }
            assertPrintable(e, input);
            return e;
        } catch (Error e) {
            fail("an Error for input " + Printable.of(String.valueOf(input)), e);
            return null;
        }
    }

    @Test
    void codes() {
        for (int i = 0; i < CASES; i++) {
            String text = i % 2 == 0 ? hostile(6) : mutated("InvalidParameterValue.FileIdsTooMany");
            Object parsed = outcome(() -> ErrorCode.parse(text), InvalidErrorCodeException.class, text);
            assertEquals(parsed instanceof ErrorCode, ErrorCode.isValid(text), Printable.of(text));
            assertEquals(parsed instanceof ErrorCode ? Optional.of(parsed) : Optional.empty(), ErrorCode.tryParse(text));
        }
    }

    @Test
    void localeText() {
        LocaleNegotiator negotiator = LocaleNegotiator.of(List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE), Locale.ENGLISH);
        for (int i = 0; i < CASES; i++) {
            String text = i % 2 == 0 ? hostile(6) : mutated("zh-CN, zh;q=0.9, en;q=0.5");
            outcome(() -> LanguageTags.parse(text), InvalidLanguageTagException.class, text);
            Object list = outcome(() -> LanguageTags.parseList(text), InvalidLanguageTagException.class, text);
            Object negotiated = outcome(() -> negotiator.negotiate(text), InvalidLanguageTagException.class, text);
            assertEquals(list instanceof List, negotiated instanceof Locale, Printable.of(text));
            if (negotiated instanceof Locale l) {
                assertTrue(negotiator.supported().contains(l), Printable.of(text));
            }
            // a header as a browser sends it never throws, and a strictly readable one negotiates the same
            Locale lenient = negotiator.negotiateHeader(text);
            assertTrue(negotiator.supported().contains(lenient), Printable.of(text));
            if (negotiated instanceof Locale l) {
                assertEquals(l, lenient, Printable.of(text));
            }
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The same answer: equal results, or the documented exception with the same message. */
    private static void assertSame(Object fromText, Object fromBytes, String input) {
        if (fromText instanceof RuntimeException t && fromBytes instanceof RuntimeException b) {
            assertEquals(t.getMessage(), b.getMessage(), Printable.of(input));
        } else {
            assertEquals(fromText, fromBytes, Printable.of(input));
        }
    }

    @Test
    void envelopesAsTextAndAsBytes() {
        for (int i = 0; i < CASES; i++) {
            String sample = ENVELOPES.get(random.nextInt(ENVELOPES.size()));
            String text = i % 4 == 0 ? hostile(12) : mutated(sample);
            Object fromText = outcome(() -> ErrorEnvelope.parse(text), EnvelopeException.class, text);
            if (hasLoneSurrogate(text)) {
                assertTrue(fromText instanceof EnvelopeException, "text no UTF-8 can encode is refused: " + Printable.of(text));
                continue;
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertSame(fromText, outcome(() -> ErrorEnvelope.parse(bytes), EnvelopeException.class, text), text);
        }
    }

    @Test
    void envelopeBytes() {
        for (int i = 0; i < CASES; i++) {
            byte[] bytes = ENVELOPES.get(random.nextInt(ENVELOPES.size())).getBytes(StandardCharsets.UTF_8);
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(bytes.length);
                bytes[at] = random.nextBoolean() ? (byte) random.nextInt(256) : (byte) (0x80 | random.nextInt(0x80));
            }
            byte[] input = bytes;
            String hex = java.util.HexFormat.of().formatHex(input);
            Object fromBytes = outcome(() -> ErrorEnvelope.parse(input), EnvelopeException.class, hex);
            String text = strictUtf8(input);
            if (text == null) {
                assertTrue(fromBytes instanceof EnvelopeException, "bytes that are not UTF-8 are refused: " + hex);
            } else {
                assertSame(outcome(() -> ErrorEnvelope.parse(text), EnvelopeException.class, hex), fromBytes, hex);
            }
        }
    }

    @Test
    void whatWriteWritesParseReadsBack() {
        for (int i = 0; i < CASES; i++) {
            String code = hostile(4);
            String message = hostile(8);
            String requestId = hostile(3);
            Object written = outcome(() -> ErrorEnvelope.write(code, message, requestId), InvalidValueException.class, code);
            if (code.isBlank()) {
                assertTrue(written instanceof InvalidValueException, "a blank code is refused: " + Printable.of(code));
                continue;
            }
            String json = (String) written;
            ApiError expected = ApiError.of(code, message, requestId);
            assertEquals(expected, ErrorEnvelope.parse(json).failure().orElseThrow(), Printable.of(json));
            assertEquals(expected, ErrorEnvelope.parse(json.getBytes(StandardCharsets.UTF_8)).failure().orElseThrow(),
                    Printable.of(json));
        }
    }
}
