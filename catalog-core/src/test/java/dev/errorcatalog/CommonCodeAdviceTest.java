package dev.errorcatalog;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A product's own entry for a common code means what the common code means, unless it advises otherwise; and a
 * table of codes answers for a whole key as for a prefix.
 */
class CommonCodeAdviceTest {
    private static ErrorCatalog catalogWith(CodeMetadata ownAdvice) {
        ScriptedProvider p = new ScriptedProvider("adv", Map.of(Locale.ENGLISH,
                "{\"RequestLimitExceeded\": \"Slow down, adv.\", \"RequestLimitExceeded.Burst\": \"Too many at once.\"}"));
        p.codes = () -> List.of(CodeDefinition.of("adv", "RequestLimitExceeded", ownAdvice),
                CodeDefinition.of("adv", "RequestLimitExceeded.Burst", CodeMetadata.NONE));
        return ErrorCatalog.builder().provider(p).strict(true).build();
    }

    @Test
    void anOwnEntryWithoutAdviceTakesTheCommonCodesAdvice() {
        ErrorCatalog catalog = catalogWith(CodeMetadata.NONE);
        Resolution r = catalog.resolve("adv", "RequestLimitExceeded", Locale.ENGLISH);
        assertEquals("Slow down, adv.", r.message());
        assertEquals(RetryAdvice.THROTTLED, r.retry());
        assertEquals(RetryAdvice.THROTTLED, catalog.resolve("adv", "RequestLimitExceeded.Burst", Locale.ENGLISH).retry());
    }

    @Test
    void anOwnEntryWithAdviceKeepsIt() {
        ErrorCatalog catalog = catalogWith(CodeMetadata.retry(RetryAdvice.DO_NOT_RETRY));
        Resolution r = catalog.resolve("adv", "RequestLimitExceeded", Locale.ENGLISH);
        assertEquals("Slow down, adv.", r.message());
        assertEquals(RetryAdvice.DO_NOT_RETRY, r.retry());
    }

    @Test
    void aTableAnswersForAWholeKeyAndForAPrefix() {
        CodeTable<String> table = new CodeTable<>(Map.of("AuthFailure", "a", "AuthFailure.SignatureExpire", "b", "FailedOperation", "c"));
        assertEquals("b", table.getPrefix("AuthFailure.SignatureExpire", "AuthFailure.SignatureExpire".length()));
        assertEquals("a", table.getPrefix("AuthFailure.SignatureExpire", "AuthFailure".length()));
        assertEquals(null, table.getPrefix("AuthFailure.Other", "AuthFailure.Other".length()));
        assertEquals("c", table.get("FailedOperation"));
    }
}
