package dev.errorcatalog;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Product ids and codes at the edges of what is accepted, and constant names of codes ending in capitals. */
class IdentifierLimitsTest {

    @Test
    void aProductIdOfThirtyTwoCharactersIsAcceptedAndOneMoreIsNot() {
        String longest = "a".repeat(ProductId.MAX_LENGTH);
        assertEquals(longest, ProductId.of(longest).value());
        InvalidProductIdException e = assertThrows(InvalidProductIdException.class, () -> ProductId.of(longest + "a"));
        assertEquals("'" + longest + "a' is not a product id: it is longer than 32 characters"
                + " (expected a short lower-case id such as vod or kms: a-z, then a-z, 0-9 or '-')", e.getMessage());
    }

    @Test
    void aProductIdMayStartWithAOrZAndHoldTheEdgesOfEachRange() {
        assertEquals("a09z-", ProductId.of("a09z-").value());
        assertEquals("za", ProductId.of("za").value());
        assertEquals("azz", ProductId.of("azz").value());
    }

    @Test
    void aProductIdStartingOutsideTheLettersIsRefused() {
        InvalidProductIdException e = assertThrows(InvalidProductIdException.class, () -> ProductId.of("{vod"));
        assertEquals("'{vod' is not a product id: it does not start with a lower-case letter"
                + " (expected a short lower-case id such as vod or kms: a-z, then a-z, 0-9 or '-')", e.getMessage());
        InvalidProductIdException f = assertThrows(InvalidProductIdException.class, () -> ProductId.of("v/d"));
        assertEquals("'v/d' is not a product id: it has the character '/' at index 1"
                + " (expected a short lower-case id such as vod or kms: a-z, then a-z, 0-9 or '-')", f.getMessage());
        assertThrows(InvalidProductIdException.class, () -> ProductId.of("v:d"));
        assertThrows(InvalidProductIdException.class, () -> ProductId.of("v`d"));
        assertThrows(InvalidProductIdException.class, () -> ProductId.of("v{d"));
    }

    @Test
    void aCodeOf128CharactersIsAcceptedAndOneMoreIsNot() {
        String longest = "A".repeat(CodeGrammar.MAX_LENGTH);
        assertTrue(ErrorCode.isValid(longest));
        assertNull(ErrorCode.problem(longest));
        assertEquals(longest, ErrorCode.parse(longest).value());
        assertFalse(ErrorCode.isValid(longest + "A"));
        assertEquals("it is 129 characters long, more than 128", ErrorCode.problem(longest + "A"));
    }

    @Test
    void aCodeEndingInCapitalsKeepsThemInOneWord() {
        assertEquals("INTERNAL_ERROR__DB", ErrorCode.parse("InternalError.DB").constantName());
        assertEquals("INTERNAL_ERROR__DB_ERROR", ErrorCode.parse("InternalError.DBError").constantName());
        assertEquals("AUTH_FAILURE__SIGNATURE_V3", ErrorCode.parse("AuthFailure.SignatureV3").constantName());
    }

    @Test
    void differentCodesHashDifferently() {
        assertEquals(ErrorCode.parse("AuthFailure").hashCode(), ErrorCode.parse("AuthFailure").hashCode());
        assertNotEquals(ErrorCode.parse("AuthFailure").hashCode(), ErrorCode.parse("FailedOperation").hashCode());
    }
}
