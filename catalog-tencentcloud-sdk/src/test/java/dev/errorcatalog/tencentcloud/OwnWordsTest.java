package dev.errorcatalog.tencentcloud;

import dev.errorcatalog.i18n.LanguageScripts;
import dev.errorcatalog.i18n.text.LibraryText;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** This module's own words are bundles like any other text: every text in every locale it lists, in that locale's script. */
class OwnWordsTest {
    @Test
    void everyTextIsInEveryLocaleInItsScript() {
        LibraryText words = LibraryText.of(TencentCloudErrors.class, "tencentcloud");
        assertEquals(Locale.ENGLISH, words.locales().get(0));
        assertTrue(words.locales().size() >= 2, words.toString());
        for (Locale locale : words.locales()) {
            for (String key : words.keys()) {
                String text = words.text(key, locale);
                assertTrue(LanguageScripts.fits(text, locale), key + " in " + locale + ": " + text);
            }
        }
    }
}
