package dev.errorcatalog.spring;

import dev.errorcatalog.i18n.text.LibraryText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** This module's own words are bundles like any other text: every text in every locale it lists, in that locale's script. */
class OwnWordsTest {
    @Test
    void everyTextIsInEveryLocaleInItsScript() {
        // LibraryText refuses a missing text or one in another language's script, naming the file and the key
        LibraryText words = LibraryText.of(StarterText.class, "spring");
        assertEquals(List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE), words.locales());
    }
}
