package dev.errorcatalog;

import dev.errorcatalog.demo.DemoCatalogProvider;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each locale a product supports, passed as the product's own instance or as an equal one, answers from its own table. */
class SupportedLocaleTest {
    private final ErrorCatalog catalog = ErrorCatalog.builder().provider(new DemoCatalogProvider()).build();

    @Test
    void eachSupportedLocaleAnswersInItself() {
        var locales = catalog.product("demo").locales();
        assertTrue(locales.size() > 1, locales.toString());
        for (Locale own : locales) {
            Locale equal = Locale.forLanguageTag(own.toLanguageTag());
            for (Locale asked : new Locale[]{own, equal, new Locale.Builder().setLocale(own).build()}) {
                Resolution r = catalog.resolve("demo", "FailedOperation", asked);
                assertEquals(own, r.locale(), "asked " + asked);
                assertEquals(catalog.product("demo").entries(own).stream().filter(e -> e.requested().equals("FailedOperation"))
                        .findFirst().orElseThrow().message(), r.message());
            }
        }
    }
}
