package dev.errorcatalog;

import dev.errorcatalog.i18n.LanguageScripts;
import dev.errorcatalog.i18n.verify.BundleVerifier;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 38 common codes: the bundles hold exactly the constants. Their wordings against the five source documents are
 * checked in catalog-test-support ({@code CommonCodesDocumentsTest}), beside the documents' reader, which depends on core.
 */
class CommonCodesTest {
    private final ErrorCatalog catalog = ErrorCatalog.builder().strict(true).build();

    @Test
    void theBundlesHoldExactlyTheConstantsBothWays() {
        CommonCatalogProvider provider = new CommonCatalogProvider();
        BundleVerifier verifier = BundleVerifier.of("common", Arrays.stream(CommonCode.values()).map(c -> c.code().value()).toList());
        provider.locales().forEach(l -> verifier.bundle(l, provider.bundlePath(l), () -> provider.openBundle(l)));
        assertEquals(List.of(), verifier.verify().problems());
        for (CommonCode c : CommonCode.values()) {
            assertEquals(c.name(), c.code().constantName());
        }
    }

    @Test
    void theSixCodesOnly001HasHaveEnglishWrittenForThem() {
        for (String code : List.of("ActionOffline", "AuthFailure.InvalidAuthorization", "InvalidRequest", "NoSuchProduct",
                "RequestSizeLimitExceeded", "ServiceUnavailable")) {
            String en = catalog.resolve("common", code, Locale.ENGLISH).message();
            assertTrue(en.length() > 10 && LanguageScripts.fits(en, Locale.ENGLISH), en);
        }
    }
}
