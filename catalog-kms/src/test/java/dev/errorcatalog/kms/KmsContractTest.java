package dev.errorcatalog.kms;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.testkit.ProviderContract;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The module keeps the catalog's contract, and every code resolves exactly in every locale it ships. Generated. */
class KmsContractTest {
    @Test
    void theModuleKeepsTheContract() {
        ProviderContract.verify(new KmsCatalogProvider()).assertClean();
    }

    @Test
    void everyCodeResolvesExactlyInEveryLocale() {
        ErrorCatalog catalog = ErrorCatalog.loadStrict();
        for (Locale locale : new KmsCatalogProvider().locales()) {
            for (KmsCode code : KmsCode.values()) {
                Resolution r = catalog.resolve(code, locale);
                assertEquals(MatchKind.EXACT, r.kind(), r.explain());
                assertEquals(locale, r.locale(), r.explain());
                assertFalse(r.message().isBlank(), r.explain());
            }
        }
    }
}
