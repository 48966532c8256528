package dev.errorcatalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorEnvelopeTest {

    @Test
    void readsAnApi3Error() {
        ParsedResponse r = ErrorEnvelope.parse("""
                {"Response": {"Error": {"Code": "InvalidParameterValue.FileIdsTooMany", "Message": "too many"},
                              "RequestId": "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}
                """);
        ApiError e = assertInstanceOf(ParsedResponse.Failure.class, r).error();
        assertEquals("InvalidParameterValue.FileIdsTooMany", e.code());
        assertEquals(Optional.of("too many"), e.message());
        assertEquals(Optional.of("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"), e.requestId());
        assertEquals(ApiVersion.V3, e.version());
        assertEquals(OptionalInt.empty(), e.legacyCode());
    }

    @Test
    void skipsFieldsItDoesNotNeedWhateverTheirShape() {
        ParsedResponse r = ErrorEnvelope.parse("""
                {"Extra": [1, {"a": [true, null]}], "Response": {"RequestId": "r-1", "Data": {"x": [1,2,3]},
                 "Error": {"Detail": {"k": "v"}, "Code": "InternalError"}}}
                """);
        ApiError e = r.failure().orElseThrow();
        assertEquals("InternalError", e.code());
        assertEquals(Optional.empty(), e.message());
        assertEquals(Optional.of("r-1"), e.requestId());
    }

    @Test
    void anApi3SuccessIsNotAnError() {
        ParsedResponse r = ErrorEnvelope.parse("{\"Response\": {\"TotalCount\": 3, \"RequestId\": \"abc\"}}");
        assertEquals(new ParsedResponse.Success(ApiVersion.V3, Optional.of("abc")), r);
        assertEquals(Optional.empty(), r.failure());
    }

    @Test
    void readsAnApi2Error() {
        ApiError e = ErrorEnvelope.parse("{\"code\":4000,\"message\":\"(100004)projectId不正确\",\"codeDesc\":\"InvalidParameter\"}")
                .failure().orElseThrow();
        assertEquals("InvalidParameter", e.code());
        assertEquals(Optional.of("(100004)projectId不正确"), e.message());
        assertEquals(OptionalInt.of(4000), e.legacyCode());
        assertEquals(ApiVersion.V2, e.version());
        assertEquals(Optional.empty(), e.requestId());
    }

    @Test
    void anApi2CodeGivenAsTextIsReadAsTheNumberWouldBe() {
        for (int code : new int[]{4000, -1, 1234567890, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertEquals(OptionalInt.of(code), ErrorEnvelope.parse("{\"code\": \"" + code + "\"}").failure().orElseThrow().legacyCode());
            assertEquals(OptionalInt.of(code), ErrorEnvelope.parse("{\"code\": " + code + "}").failure().orElseThrow().legacyCode());
        }
        for (String outOfRange : new String[]{"2147483648", "-2147483649", "9999999999", "12345678901"}) {
            EnvelopeException e = assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse("{\"code\": \"" + outOfRange + "\"}"));
            assertTrue(e.getMessage().contains("\"code\" must be a whole number"), e.getMessage());
        }
    }

    @Test
    void anApi2ErrorWithoutCodeDescKeepsItsNumber() {
        ApiError e = ErrorEnvelope.parse("{\"code\":\"4100\",\"message\":\"denied\"}").failure().orElseThrow();
        assertEquals("4100", e.code());
        assertEquals(OptionalInt.of(4100), e.legacyCode());
    }

    @Test
    void anApi2SuccessIsNotAnError() {
        assertEquals(new ParsedResponse.Success(ApiVersion.V2, Optional.empty()),
                ErrorEnvelope.parse("{\"code\":0,\"message\":\"\",\"data\":{\"x\":1}}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "''                                                  | the input is empty | NOT_JSON",
            "'   '                                               | the input is empty | NOT_JSON",
            "[1, 2]                                              | expected a JSON object at the top, found an array | NOT_A_RESPONSE",
            "\"text\"                                            | expected a JSON object at the top | NOT_A_RESPONSE",
            "{\"Response\": {\"Error\": {\"Code\": \"X\"}}       | malformed JSON | NOT_JSON",
            "{\"Response\": {\"Error\": {\"Code\": \"X\",        | malformed JSON | NOT_JSON",
            "{\"Response\": {\"Error\": {\"Code\": \"X\"}}} []   | unexpected content after the top-level object | NOT_A_RESPONSE",
            "{\"Response\": {\"Error\": {\"Message\": \"m\"}}}   | \"Response.Error\" has no \"Code\" | NOT_A_RESPONSE",
            "{\"Response\": {\"Error\": []}}                     | \"Response.Error\" must be an object, found an array | NOT_A_RESPONSE",
            "{\"code\": \"forty\"}                               | \"code\" must be a whole number | NOT_A_RESPONSE",
            "{\"code\": 1.5}                                     | \"code\" must be a whole number | NOT_A_RESPONSE",
            "{\"data\": 1}                                       | neither API 3.0 (no \"Response\" object) nor API 2.0 (no \"code\") | NOT_A_RESPONSE",
            "{\"Response\": {\"Error\": {\"Code\": \"X\"}}, }    | malformed JSON | NOT_JSON",
            "{'Response': 1}                                     | malformed JSON | NOT_JSON",
            "{\"Response\": {\"Error\": {\"Code\": \"X\"}}, \"Response\": {\"RequestId\": \"r\"}} | \"Response\" is given twice | NOT_A_RESPONSE",
            "{\"Response\": {\"Error\": {\"Code\": \"X\", \"Code\": \"Y\"}}}   | \"Response.Error.Code\" is given twice | NOT_A_RESPONSE",
            "{\"Response\": {\"Error\": {\"Code\": \"X\"}, \"Error\": {\"Code\": \"Y\"}}} | \"Response.Error\" is given twice | NOT_A_RESPONSE",
            "{\"Response\": {\"RequestId\": \"a\", \"RequestId\": \"b\"}}    | \"Response.RequestId\" is given twice | NOT_A_RESPONSE",
            "{\"Response\": {\"Error\": {\"Code\": \"X\", \"Message\": \"a\", \"Message\": \"b\"}}} | \"Response.Error.Message\" is given twice | NOT_A_RESPONSE",
            "{\"code\": 4000, \"code\": 0}                    | \"code\" is given twice | NOT_A_RESPONSE",
            "{\"code\": 4000, \"message\": \"a\", \"message\": \"b\"} | \"message\" is given twice | NOT_A_RESPONSE",
            "{\"code\": 4000, \"codeDesc\": \"A\", \"codeDesc\": \"B\"} | \"codeDesc\" is given twice | NOT_A_RESPONSE",
    })
    void badInputGetsAClearError(String json, String expected, EnvelopeException.Reason reason) {
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(json));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(reason, e.reason(), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "[1, 2]                                      | not an API response: expected a JSON object at the top, found an array (line 1, column 1)",
            "\"text\"                                    | not an API response: expected a JSON object at the top, found the string \"text\" (line 1, column 1)",
            "{\"Response\": null}                        | \"Response\" must be an object, found the JSON literal null (line 1, column 14)",
            "{\"Response\": \"oops\"}                    | \"Response\" must be an object, found the string \"oops\" (line 1, column 14)",
            "{\"Response\": {\"Error\": {\"Code\": 42}}} | \"Response.Error.Code\" must be a string, found the number 42 (line 1, column 33)",
            "{\"Response\": {\"Error\": true}}           | \"Response.Error\" must be an object, found the boolean true (line 1, column 24)",
            "{\"code\": null}                            | API 2.0 response: \"code\" must be a whole number, found the JSON literal null (line 1, column 10)",
            "{\"code\": 1.5}                             | API 2.0 response: \"code\" must be a whole number, found the number 1.5 (line 1, column 10)",
            "{\"Response\": {\"Error\": {\"Message\": \"m\"}}} | API 3.0 response: \"Response.Error\" has no \"Code\"",
    })
    void anEnvelopeErrorSaysWhatItFoundAndWhere(String json, String expected) {
        assertEquals(expected, assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(json)).getMessage());
    }

    @Test
    void malformedJsonSaysWhere() {
        EnvelopeException e = assertThrows(EnvelopeException.class,
                () -> ErrorEnvelope.parse("{\n\"Response\": {\n\"Error\": {\"Code\": \"X\" \"Message\": \"m\"}}}"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    @Timeout(10)
    void aHundredThousandLevelsOfArraysAreRefusedWithoutAStackOverflow() {
        String deep = "{\"Data\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(deep));
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
        assertEquals(EnvelopeException.Reason.BEYOND_LIMITS, e.reason());
    }

    @Test
    @Timeout(10)
    void aHundredThousandLevelsInsideTheEnvelopeAreRefused() {
        String deep = "{\"Response\": {\"Error\": {\"Detail\": " + "[{\"x\":".repeat(50_000) + "1" + "}]".repeat(50_000) + "}}}";
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(deep));
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
        assertEquals(EnvelopeException.Reason.BEYOND_LIMITS, e.reason());
    }

    @Test
    @Timeout(10)
    void aHundredThousandLevelsOfObjectsInASkippedFieldAreRefused() {
        String deep = "{\"Other\": " + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)
                + ", \"Response\": {\"Error\": {\"Code\": \"X\"}}}";
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(deep.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
    }

    @Test
    @Timeout(10)
    void hugeInputIsRefusedBeforeItIsRead() {
        String huge = "{\"Response\": {\"Error\": {\"Code\": \"X\", \"Message\": \"" + "x".repeat(2 * ErrorEnvelope.MAX_BYTES) + "\"}}}";
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(huge));
        assertTrue(e.getMessage().contains("more than the 1048576 bytes"), e.getMessage());
        assertEquals(EnvelopeException.Reason.BEYOND_LIMITS, e.reason());
        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        assertTrue(assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(new ByteArrayInputStream(bytes)))
                .getMessage().contains("more than 1048576 bytes"));
    }

    @Test
    @Timeout(10)
    void binaryGarbageGetsAClearError() {
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        garbage[0] = '{';
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> ErrorEnvelope.parse(new ByteArrayInputStream(garbage)));
        assertTrue(e.getMessage().startsWith("malformed JSON") || e.getMessage().startsWith("not an API response")
                || e.getMessage().startsWith("not UTF-8"), e.getMessage());
    }

    @Test
    void readsFromAStream() throws IOException {
        byte[] json = "{\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"内部错误\"},\"RequestId\":\"r\"}}"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("内部错误", ErrorEnvelope.parse(new ByteArrayInputStream(json)).failure().orElseThrow().message().orElseThrow());
    }

    @Test
    void writesTheApi3EnvelopeForAResolvedCode() {
        ErrorCatalog catalog = ErrorCatalog.builder().build();
        Resolution r = catalog.resolve("common", "AuthFailure.SignatureExpire", Locale.SIMPLIFIED_CHINESE);
        String json = ErrorEnvelope.write(r, "req-42");
        assertEquals("{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureExpire\",\"Message\":\"" + r.message()
                + "\"},\"RequestId\":\"req-42\"}}", json);
        ApiError back = ErrorEnvelope.parse(json).failure().orElseThrow();
        assertEquals(ApiError.of("AuthFailure.SignatureExpire", r.message(), "req-42"), back);
    }

    @Test
    void writingEscapesWhatJsonNeedsEscaped() {
        String message = "quote \" backslash \\ newline \n tab \t and 中文";
        String json = ErrorEnvelope.write("InternalError", message, "id\"1");
        ApiError back = ErrorEnvelope.parse(json).failure().orElseThrow();
        assertEquals(Optional.of(message), back.message());
        assertEquals(Optional.of("id\"1"), back.requestId());
    }

    @Test
    void invisibleCharactersAreWrittenAsEscapesAndReadBack() {
        String message = "rtl \u202e ltr mark \u200f isolate \u2066 bom \ufeff separator \u2028 c1 \u0085 中文 😀";
        String json = ErrorEnvelope.write("InternalError", message, "r");
        assertTrue(json.contains("rtl \\u202e ltr mark \\u200f isolate \\u2066 bom \\ufeff separator \\u2028 c1 \\u0085 中文 "), json);
        assertTrue(json.chars().noneMatch(c -> c != '中' && c != '文' && (c < 0x20 || c > 0x7e) && !Character.isSurrogate((char) c)),
                json);
        assertEquals(Optional.of(message), ErrorEnvelope.parse(json).failure().orElseThrow().message());
    }

    @Test
    void aParsedErrorResolvesThroughTheCatalog() {
        ErrorCatalog catalog = ErrorCatalog.builder().build();
        ApiError e = ErrorEnvelope.parse("{\"Response\":{\"Error\":{\"Code\":\"ResourceNotFound.Nothing\",\"Message\":\"no\"},\"RequestId\":\"r\"}}")
                .failure().orElseThrow();
        Resolution r = catalog.product("common").resolve(e, Locale.ENGLISH);
        assertEquals(MatchKind.PARENT, r.kind());
        assertEquals("Resource does not exist.", r.message());
        assertEquals(Optional.of("no"), r.serverMessage());
    }
}
