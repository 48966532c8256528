package dev.errorcatalog.i18n.json;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

import java.io.ByteArrayInputStream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The isolated parser factory keeps its limits; tokens and places are named in words. */
class JsonInputTest {

    @Test
    void anIsolatedFactoryRefusesNestingBeyondItsLimit() {
        refusesNestingBeyondTwo(JsonInput.isolated(2, 1000, 100).build());
    }

    @Test
    void aReadOnceFactoryKeepsTheLimitsAndReadsOneFileAfterAnother() {
        JsonFactory json = JsonInput.readOnce(2, 1000, 100).build();
        refusesNestingBeyondTwo(json);
        for (int i = 0; i < 3; i++) { // each parser's buffers are dropped with it, none is handed to the next
            try (JsonParser p = json.createParser(ObjectReadContext.empty(), "{\"a\": \"text " + i + "\"}")) {
                p.nextToken();
                p.nextToken();
                p.nextToken();
                assertEquals("text " + i, p.getString());
            }
        }
    }

    private static void refusesNestingBeyondTwo(JsonFactory json) {
        try (JsonParser p = json.createParser(ObjectReadContext.empty(), "{\"a\": [1]}")) {
            while (p.nextToken() != null) {
                // within the limit: read to the end
            }
        }
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class, () -> {
            try (JsonParser p = json.createParser(ObjectReadContext.empty(), "{\"a\": [[1]]}")) {
                while (p.nextToken() != null) {
                    // the third level is refused
                }
            }
        });
        assertTrue(e.getMessage().contains("exceeds the maximum allowed (2"), e.getMessage());
    }

    @Test
    void textIsReadAsStrictUtf8WithinItsLimitSayingWhereItIsNot() throws Exception {
        assertEquals("{\"a\": \"甲\"}", JsonInput.readUtf8(new ByteArrayInputStream("\uFEFF{\"a\": \"甲\"}".getBytes(UTF_8)), 100));
        JsonInput.RefusedInput large = assertThrows(JsonInput.RefusedInput.class,
                () -> JsonInput.readUtf8(new ByteArrayInputStream(new byte[11]), 10));
        assertEquals("more than 10 bytes long", large.getMessage());
        byte[] crlf = {'{', '\r', '\n', '"', 'a', '"', ':', '\r', '"', (byte) 0xED, (byte) 0xBF, (byte) 0xBF, '"', '}'};
        JsonInput.RefusedInput surrogate = assertThrows(JsonInput.RefusedInput.class,
                () -> JsonInput.readUtf8(new ByteArrayInputStream(crlf), 100));
        assertTrue(surrogate.getMessage().startsWith("not UTF-8: the byte(s) 0xED 0xBF 0xBF at byte offset 9 (line 3, column 2)"),
                surrogate.getMessage());
    }

    @Test
    void tokensAreDescribedInWords() {
        assertEquals("the end of the input", JsonInput.describe(null));
        assertEquals("an object", JsonInput.describe(JsonToken.START_OBJECT));
        assertEquals("an array", JsonInput.describe(JsonToken.START_ARRAY));
        assertEquals("a string", JsonInput.describe(JsonToken.VALUE_STRING));
        assertEquals("a number", JsonInput.describe(JsonToken.VALUE_NUMBER_INT));
        assertEquals("a number", JsonInput.describe(JsonToken.VALUE_NUMBER_FLOAT));
        assertEquals("a boolean", JsonInput.describe(JsonToken.VALUE_FALSE));
        assertEquals("null", JsonInput.describe(JsonToken.VALUE_NULL));
        assertEquals("END_OBJECT", JsonInput.describe(JsonToken.END_OBJECT));
    }

    @Test
    void aPlaceIsGivenByLineAndColumnWhenKnown() {
        assertEquals("", JsonInput.where(null));
        try (JsonParser p = JsonInput.isolated(4, 1000, 100).build().createParser(ObjectReadContext.empty(), "{\n  \"a\": 1}")) {
            p.nextToken();
            p.nextToken();
            assertEquals(" (line 2, column 9)", JsonInput.where(p.currentLocation()));
        }
    }
}
