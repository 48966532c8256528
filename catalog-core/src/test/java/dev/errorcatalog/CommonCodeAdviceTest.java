package dev.errorcatalog;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A table of codes answers for a whole key as for a prefix (whose advice a level gets is {@link FallbackOrderTest}'s). */
class CommonCodeAdviceTest {
    @Test
    void aTableAnswersForAWholeKeyAndForAPrefix() {
        CodeTable<String> table = new CodeTable<>(Map.of("AuthFailure", "a", "AuthFailure.SignatureExpire", "b", "FailedOperation", "c"));
        assertEquals("b", table.getPrefix("AuthFailure.SignatureExpire", "AuthFailure.SignatureExpire".length()));
        assertEquals("a", table.getPrefix("AuthFailure.SignatureExpire", "AuthFailure".length()));
        assertEquals(null, table.getPrefix("AuthFailure.Other", "AuthFailure.Other".length()));
        assertEquals("c", table.get("FailedOperation"));
    }
}
