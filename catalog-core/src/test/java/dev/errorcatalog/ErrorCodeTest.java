package dev.errorcatalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorCodeTest {

    @Test
    void knowsItsParents() {
        ErrorCode code = ErrorCode.parse("InvalidParameterValue.FileIdsTooMany");
        assertEquals(Optional.of(ErrorCode.parse("InvalidParameterValue")), code.parent());
        assertEquals(Optional.empty(), code.parent().orElseThrow().parent());
        assertEquals(ErrorCode.parse("InvalidParameterValue"), code.category());
        ErrorCode deep = ErrorCode.parse("A.B.C");
        assertEquals("A.B", deep.parent().orElseThrow().value());
        assertEquals("A", deep.category().value());
    }

    @Test
    void isWithinItselfAndItsAncestorsOnly() {
        ErrorCode code = ErrorCode.parse("RequestLimitExceeded.UinLimitExceeded");
        assertTrue(code.isWithin(ErrorCode.parse("RequestLimitExceeded")));
        assertTrue(code.isWithin(code));
        assertFalse(ErrorCode.parse("RequestLimitExceededX").isWithin(ErrorCode.parse("RequestLimitExceeded")));
        assertFalse(ErrorCode.parse("RequestLimitExceeded").isWithin(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "InternalError", "InvalidParameterValue.FileIdsTooMany", "InternalError.DBError",
            "Live2.Error9", "a.b.c.d", "X1"})
    void acceptsWellFormedCodes(String text) {
        assertEquals(text, ErrorCode.parse(text).value());
        assertTrue(ErrorCode.isValid(text));
        assertEquals(text, ErrorCode.tryParse(text).orElseThrow().toString());
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''                      | it is empty",
            "'   '                   | it is blank",
            "Bad..Code               | it has an empty part ('..') at index 4",
            ".Leading                | it starts with a dot",
            "Trailing.               | it ends with a dot",
            "'Has Space'             | it has white space at index 3",
            "' Padded'               | it has white space at index 0",
            "1Digit                  | a part starts with the digit '1' at index 0",
            "0Digit                  | a part starts with the digit '0' at index 0",
            "Cat.9Sub                | a part starts with the digit '9' at index 4",
            "Hyphen-Code             | it has the character '-' at index 6",
            "Under_score             | it has the character '_' at index 5",
            "错误                    | it has the character '错' at index 0",
    })
    void rejectsMalformedCodesSayingWhatIsWrong(String text, String reason) {
        InvalidErrorCodeException e = assertThrows(InvalidErrorCodeException.class, () -> ErrorCode.parse(text));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertTrue(e.getMessage().startsWith("'" + text + "' is not an error code"), e.getMessage());
        assertEquals(text, e.input());
        assertFalse(ErrorCode.isValid(text));
        assertEquals(Optional.empty(), ErrorCode.tryParse(text));
    }

    @Test
    void rejectsOverlongAndNullText() {
        String longCode = "A".repeat(ErrorCode.MAX_LENGTH + 1);
        InvalidErrorCodeException e = assertThrows(InvalidErrorCodeException.class, () -> ErrorCode.parse(longCode));
        assertTrue(e.getMessage().contains("129 characters long, more than 128"), e.getMessage());
        assertTrue(e.getMessage().length() < 400, "the message shortens the input");
        assertTrue(ErrorCode.isValid("A".repeat(ErrorCode.MAX_LENGTH)));
        assertEquals(ErrorCode.MAX_LENGTH, ErrorCode.parse("A".repeat(ErrorCode.MAX_LENGTH)).value().length(), "the longest code is a code");
        assertTrue(assertThrows(InvalidErrorCodeException.class, () -> ErrorCode.parse(null))
                .getMessage().contains("no code was given"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "InvalidParameterValue.FileIdsTooMany, INVALID_PARAMETER_VALUE__FILE_IDS_TOO_MANY",
            "InternalError.DBError, INTERNAL_ERROR__DB_ERROR",
            "InvalidParameterValue.TEHDType, INVALID_PARAMETER_VALUE__TEHD_TYPE",
            "AuthFailure.MFAFailure, AUTH_FAILURE__MFA_FAILURE",
            "InternalError.CAMInnerError, INTERNAL_ERROR__CAM_INNER_ERROR",
            "InvalidParameterValue.XPos, INVALID_PARAMETER_VALUE__X_POS",
            "FailedOperation.NetWorkError, FAILED_OPERATION__NET_WORK_ERROR",
            "DryRunOperation, DRY_RUN_OPERATION",
            "Live2Stream.V2Error, LIVE2_STREAM__V2_ERROR",
    })
    void namesItsConstant(String code, String constant) {
        assertEquals(constant, ErrorCode.parse(code).constantName());
    }

    @Test
    void equalityIsByValue() {
        assertEquals(ErrorCode.parse("A.B"), ErrorCode.parse("A.B"));
        assertEquals(ErrorCode.parse("A.B").hashCode(), ErrorCode.parse("A.B").hashCode());
        assertFalse(ErrorCode.parse("A.B").equals(ErrorCode.parse("A.b")));
        assertTrue(ErrorCode.parse("A").compareTo(ErrorCode.parse("A.B")) < 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vod", "kms", "live", "legacy", "my-product", "p2"})
    void productIdsAreShortLowerCase(String id) {
        assertEquals(id, ProductId.of(id).value());
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''      | it is empty",
            "VOD     | does not start with a lower-case letter",
            "vod.x   | has the character '.' at index 3",
            "2fa     | does not start with a lower-case letter",
    })
    void rejectsBadProductIds(String id, String reason) {
        InvalidProductIdException e = assertThrows(InvalidProductIdException.class, () -> ProductId.of(id));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
