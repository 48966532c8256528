package dev.errorcatalog;

import dev.errorcatalog.i18n.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An envelope of exactly the largest size is read in every form, one byte more is not; blank code descriptions and codes. */
class EnvelopeSizeTest {
    private static final String ENVELOPE = "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure\",\"Message\":\"denied\"},\"RequestId\":\"r-1\"}}";
    private static final String TOO_LARGE = "the input is %s, more than the 1048576 bytes an API response may have";

    private static String padded(int bytes) {
        return ENVELOPE + " ".repeat(bytes - ENVELOPE.length());
    }

    @Test
    void anEnvelopeOfExactlyTheLargestSizeIsReadAsTextBytesAndStream() throws IOException {
        String text = padded(ErrorEnvelope.MAX_BYTES);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertEquals("AuthFailure", ErrorEnvelope.parse(text).failure().orElseThrow().code());
        assertEquals("AuthFailure", ErrorEnvelope.parse(bytes).failure().orElseThrow().code());
        assertEquals("AuthFailure", ErrorEnvelope.parse(new ByteArrayInputStream(bytes)).failure().orElseThrow().code());
    }

    @Test
    void oneByteMoreIsRefusedInEveryForm() {
        String text = padded(ErrorEnvelope.MAX_BYTES + 1);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(String.format(TOO_LARGE, "1048577 bytes"),
                assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(text)).getMessage());
        assertEquals(String.format(TOO_LARGE, "1048577 bytes"),
                assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(bytes)).getMessage());
        assertEquals(String.format(TOO_LARGE, "more than 1048576 bytes"),
                assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(new ByteArrayInputStream(bytes))).getMessage());
    }

    @Test
    void aBlankCodeDescriptionGivesWayToTheNumericCode() {
        ApiError e = ErrorEnvelope.parse("{\"code\":4000,\"message\":\"bad\",\"codeDesc\":\"  \"}").failure().orElseThrow();
        assertEquals("4000", e.code());
        assertEquals(Optional.of("bad"), e.message());
    }

    @Test
    void writingSaysWhetherTheCodeIsEmptyOrBlank() {
        assertEquals("ErrorEnvelope.write(code): the code is empty: an API 3.0 error must have a code, and parse refuses one without",
                assertThrows(InvalidValueException.class, () -> ErrorEnvelope.write("", "m", "r")).getMessage());
        assertEquals("ErrorEnvelope.write(code): the code is blank: an API 3.0 error must have a code, and parse refuses one without",
                assertThrows(InvalidValueException.class, () -> ErrorEnvelope.write(" \t", "m", "r")).getMessage());
    }
}
