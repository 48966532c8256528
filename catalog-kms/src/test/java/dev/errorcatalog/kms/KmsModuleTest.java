package dev.errorcatalog.kms;

import dev.errorcatalog.MatchKind;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.spi.CatalogProvider;
import dev.errorcatalog.testing.ProductModuleTest;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class KmsModuleTest extends ProductModuleTest {
    private static final String DOC = "002_12e1e7e078075207.txt";
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Override
    protected CatalogProvider provider() {
        return new KmsCatalogProvider();
    }

    @Override
    protected Map<String, Locale> documents() {
        return Map.of(DOC, Locale.ENGLISH);
    }

    @Override
    protected Map<String, Integer> expectedRows() {
        return Map.of(DOC, 26 + 14);
    }

    @Test
    void anExactCodeInBothLanguages() {
        assertEquals("The CMK has been disabled.", catalog.resolve(KmsCode.RESOURCE_UNAVAILABLE__CMK_DISABLED, Locale.ENGLISH).message());
        assertEquals("CMK已被禁用。", catalog.resolve(KmsCode.RESOURCE_UNAVAILABLE__CMK_DISABLED, ZH).message());
    }

    @Test
    void aDisabledKeyIsNotTransientThoughSomeUnavailableResourcesAre() {
        assertEquals(RetryAdvice.DO_NOT_RETRY, catalog.resolve(KmsCode.RESOURCE_UNAVAILABLE__CMK_DISABLED, ZH).retry());
        assertEquals(RetryAdvice.UNKNOWN, catalog.resolve("kms", "ResourceUnavailable.Other", ZH).retry());
    }

    @Test
    void anUnknownSubcodeOfACategoryKmsListsAnswersInKmsWordsWithTheCommonAdvice() {
        Resolution r = catalog.resolve("kms", "InvalidParameterValue.NoSuchThing", ZH);
        assertEquals(MatchKind.PARENT, r.kind());
        assertEquals(Optional.of(ProductId.of("kms")), r.matchedProduct());
        assertEquals("参数取值错误。", r.message());
        assertEquals(RetryAdvice.DO_NOT_RETRY, r.retry(), "common:InvalidParameterValue covers its subcodes");
    }

    @Test
    void anUnknownSubcodeOfACategoryKmsDoesNotListFallsBackToCommon() {
        Resolution r = catalog.resolve("kms", "RequestLimitExceeded.Burst", ZH);
        assertEquals(MatchKind.COMMON_PARENT, r.kind());
        assertEquals(RetryAdvice.THROTTLED, r.retry());
    }

    @Test
    void everyCodeOfTheOfficialListIsInTheModule() {
        // each constant is from the official list, and names its API version; the drift test holds the enum to the list
        for (KmsCode c : KmsCode.values()) {
            assertFalse(catalog.resolve(c, ZH).apiVersions().isEmpty(), c.code().value());
        }
        assertEquals(MatchKind.EXACT, catalog.resolve("kms", "AuthFailure", ZH).kind());
        assertEquals("CAM签名/鉴权错误。", catalog.resolve("kms", "AuthFailure", ZH).message());
    }

    @Test
    void anUnknownSubcodeOfAKmsCodeFallsBackToIt() {
        Resolution r = catalog.resolve("kms", "InvalidParameter.Whatever", Locale.ENGLISH);
        assertEquals(MatchKind.PARENT, r.kind());
        assertEquals(Optional.of(ProductId.of("kms")), r.matchedProduct());
    }

    @Test
    void aCommonCodeAnswersFromCommon() {
        Resolution r = catalog.resolve("kms", "AuthFailure.SignatureExpire", Locale.ENGLISH);
        assertEquals(MatchKind.COMMON, r.kind());
        assertEquals(RetryAdvice.CLOCK_SKEW, r.retry());
    }
}
