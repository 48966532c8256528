package dev.errorcatalog;

import dev.errorcatalog.i18n.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Input crafted to break the envelope reader: one parse never affects another, and both forms agree. */
class ErrorEnvelopeHostileInputTest {

    /** Property names that all fall in one bucket of Jackson's name table: "Aa" and "B@" hash alike (×33). */
    static String collidingNames(int bits, int count) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < Math.min(count, 1 << bits); i++) {
            json.append(i == 0 ? "\"" : ",\"");
            for (int b = 0; b < bits; b++) {
                json.append(((i >> b) & 1) == 0 ? "Aa" : "B@");
            }
            json.append("\":0");
        }
        return json.append('}').toString();
    }

    @Test
    void aResponseOfCollidingNamesLeavesLaterParsesUnaffected() {
        for (int round = 0; round < 4000; round++) {
            if (round % 7 == 0) {
                String hostile = collidingNames(9, round % 2 == 0 ? 200 : 512);
                assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(hostile));
                continue;
            }
            String valid = "{\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"m\"},\"RequestId\":\"r\"},\"k"
                    + round + "\":1}";
            assertEquals("InternalError", ErrorEnvelope.parse(valid).failure().orElseThrow().code(), "round " + round);
        }
    }

    private static final String ERROR = "{\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"%s\"}}}";

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aLeadingByteOrderMarkIsReadAlikeInBothForms() {
        String json = "\uFEFF" + ERROR.formatted("m");
        assertEquals(ErrorEnvelope.parse(utf8(json)), ErrorEnvelope.parse(json));
        assertEquals("InternalError", ErrorEnvelope.parse(json).failure().orElseThrow().code());
    }

    @Test
    void theSizeLimitIsInUtf8BytesForBothForms() {
        String json = ERROR.formatted("中".repeat(ErrorEnvelope.MAX_BYTES / 3 + 10));
        assertTrue(json.length() < ErrorEnvelope.MAX_BYTES);
        EnvelopeException text = assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(json));
        EnvelopeException bytes = assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(utf8(json)));
        assertEquals(bytes.getMessage(), text.getMessage());
        assertTrue(text.getMessage().contains("more than the 1048576 bytes"), text.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0660\u0660\u0660\u0660", "\u0130\u0130\u0130\u0130", "\u0441\u0441\u0441\u0441", "\uff10\uff10\uff10\uff10", "00\u0661\u0661"})
    void unicodeEscapesTakeOnlyAsciiHexDigits(String digits) {
        String json = ERROR.formatted("\\u" + digits);
        EnvelopeException text = assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(json));
        EnvelopeException bytes = assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(utf8(json)));
        assertEquals(bytes.getMessage(), text.getMessage());
        assertTrue(text.getMessage().contains("\\u escape"), text.getMessage());
    }

    static byte[] withBytes(int... inside) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] parts = ERROR.split("%s");
        out.writeBytes(utf8(parts[0]));
        for (int b : inside) {
            out.write(b);
        }
        out.writeBytes(utf8(parts[1]));
        return out.toByteArray();
    }

    @Test
    void overlongAndOutOfRangeUtf8IsRefused() throws Exception {
        for (byte[] bad : new byte[][]{withBytes(0xC0, 0xAF), withBytes(0xE0, 0x80, 0xAF), withBytes(0xED, 0xA0, 0x80),
                withBytes(0xF4, 0x90, 0x80, 0x80), withBytes(0xF8, 0x88, 0x80, 0x80, 0x80), withBytes(0xFF)}) {
            EnvelopeException e = assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(bad));
            assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
            assertEquals(EnvelopeException.Reason.NOT_JSON, e.reason());
            assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(new ByteArrayInputStream(bad)));
        }
        assertEquals("InternalError", ErrorEnvelope.parse(withBytes(0xF0, 0x9F, 0x98, 0x80)).failure().orElseThrow().code());
    }

    @Test
    void aLoneSurrogateInTextIsRefusedAsItsBytesWouldBe() {
        String json = ERROR.formatted("a\uD800b");
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(json));
        assertTrue(e.getMessage().contains("\\ud800"), e.getMessage());
        assertEquals("a\uD800b", ErrorEnvelope.parse(ERROR.formatted("a\\ud800b")).failure().orElseThrow().message().orElseThrow(),
                "an escaped lone surrogate is JSON and is read");
    }

    @Test
    void aNumberOutOfRangeIsReportedAsSuch() {
        for (String json : new String[]{"{\"code\": 99999999999}", "{\"code\": -2147483649}", "{\"code\": 1e400}"}) {
            EnvelopeException e = assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(json));
            assertFalse(e.getMessage().startsWith("malformed JSON"), e.getMessage());
            assertTrue(e.getMessage().contains("\"code\""), e.getMessage());
        }
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse("{\"code\": 99999999999}"));
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
    }

    @Test
    void whatWasFoundIsNamedNeverNull() {
        for (String json : new String[]{"42", "\"text\"", "{\"code\": 1.5}", "{\"code\": true}"}) {
            EnvelopeException e = assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(json));
            assertFalse(e.getMessage().contains("null"), e.getMessage());
        }
    }

    @Test
    void messagesQuoteInputVisibly() {
        for (String json : new String[]{"{\"a\": tru\u001b[2J}", "{\"a\":\u0001}", "{\"a\":\"x\u0000\"}", "\u001b]0;title\u0007",
                "{\"code\": \"\n\"}"}) {
            EnvelopeException e = assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(json));
            assertTrue(e.getMessage().chars().noneMatch(Character::isISOControl), e.getMessage());
        }
    }

    @Test
    void writeRefusesABlankCode() {
        assertThrows(InvalidValueException.class, () -> ErrorEnvelope.write("", "m", "r"));
        assertThrows(InvalidValueException.class, () -> ErrorEnvelope.write(" \t", "m", "r"));
    }

    @Test
    void whatWriteWritesParseReadsBackEvenWithLoneSurrogates() {
        String json = ErrorEnvelope.write("InternalError", "half \uD800 pair \uD83D\uDE00 \u2028", "r\uDC00");
        assertEquals(ApiError.of("InternalError", "half \uD800 pair \uD83D\uDE00 \u2028", "r\uDC00"),
                ErrorEnvelope.parse(json).failure().orElseThrow());
        assertEquals(ErrorEnvelope.parse(json), ErrorEnvelope.parse(utf8(json)));
        assertEquals(Optional.of("r\uDC00"), ErrorEnvelope.parse(json).failure().orElseThrow().requestId());
    }
}
