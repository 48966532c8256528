package dev.errorcatalog.live;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.testkit.ProviderContract;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The module keeps the catalog's contract, and every code resolves exactly in every locale it ships. Generated. */
class LiveContractTest {
    @Test
    void theModuleKeepsTheContract() {
        ProviderContract.verify(new LiveCatalogProvider()).assertClean();
    }

    @Test
    void everyCodeResolvesExactlyInEveryLocale() {
        ErrorCatalog catalog = ErrorCatalog.loadStrict();
        for (Locale locale : new LiveCatalogProvider().locales()) {
            for (LiveCode code : LiveCode.values()) {
                Resolution r = catalog.resolve(code, locale);
                assertEquals(MatchKind.EXACT, r.kind(), r.explain());
                assertEquals(locale, r.locale(), r.explain());
                assertFalse(r.message().isBlank(), r.explain());
            }
        }
    }
}
