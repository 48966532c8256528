package dev.errorcatalog.i18n.text;

import dev.errorcatalog.i18n.BundleFormatException;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library's own words live in bundles: a locale is a file and a line, and a broken file says which it is. */
class LibraryTextTest {
    private static final String FOLDER = "/META-INF/errorcatalog/text/";

    @Test
    void aThirdLocaleIsAFileAndALineNotCode() {
        LibraryText text = LibraryText.of(LibraryTextTest.class, "sample");
        assertEquals(List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.JAPANESE), text.locales());
        assertEquals(Set.of("greeting", "plain"), text.keys());
        assertEquals("こんにちは、Ana。", text.text("greeting", Locale.JAPAN, Map.of("name", "Ana")));
        assertEquals("你好，Ana。", text.text("greeting", Locale.forLanguageTag("zh-Hans-SG"), Map.of("name", "Ana")));
        assertEquals("Plain.", text.text("plain", Locale.GERMAN), "a locale it lacks: English");
        assertEquals(Locale.SIMPLIFIED_CHINESE, text.locale(Locale.CHINA));
        assertEquals("LibraryText[sample, [en, zh_CN, ja]]", text.toString());
    }

    @Test
    void englishComesFirst() {
        BundleFormatException e = assertThrows(BundleFormatException.class, () -> LibraryText.of(LibraryTextTest.class, "zhfirst"));
        assertTrue(e.getMessage().contains(FOLDER + "zhfirst/locales") && e.getMessage().contains("en first"), e.getMessage());
    }

    @Test
    void everyLocaleHasEveryKeyEnglishHas() {
        BundleFormatException e = assertThrows(BundleFormatException.class, () -> LibraryText.of(LibraryTextTest.class, "missingkey"));
        assertEquals("greeting", e.problem().key().orElseThrow());
        assertTrue(e.getMessage().contains(FOLDER + "missingkey/zh-CN.json"), e.getMessage());
    }

    @Test
    void aTextInAnotherLanguagesScriptIsNamed() {
        BundleFormatException e = assertThrows(BundleFormatException.class, () -> LibraryText.of(LibraryTextTest.class, "misfit"));
        assertEquals("plain", e.problem().key().orElseThrow());
        assertTrue(e.getMessage().contains(FOLDER + "misfit/zh-CN.json") && e.getMessage().contains("Han"), e.getMessage());
    }

    @Test
    void aPatternThatDoesNotParseFailsNamingItsFile() {
        BundleFormatException e = assertThrows(BundleFormatException.class, () -> LibraryText.of(LibraryTextTest.class, "badpattern"));
        assertTrue(e.getMessage().contains(FOLDER + "badpattern/en.json") && e.getMessage().contains("greeting"), e.getMessage());
    }

    @Test
    void aListedLocaleWithoutItsFileIsNamed() {
        BundleFormatException e = assertThrows(BundleFormatException.class, () -> LibraryText.of(LibraryTextTest.class, "nobundle"));
        assertTrue(e.getMessage().contains(FOLDER + "nobundle/zh-CN.json") && e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void textsThatDoNotExistAreNamed() {
        BundleFormatException none = assertThrows(BundleFormatException.class, () -> LibraryText.of(LibraryTextTest.class, "absent"));
        assertTrue(none.getMessage().contains(FOLDER + "absent/locales"), none.getMessage());
        LibraryText text = LibraryText.of(LibraryTextTest.class, "sample");
        BundleFormatException key = assertThrows(BundleFormatException.class, () -> text.text("farewell", Locale.ENGLISH));
        assertEquals("farewell", key.problem().key().orElseThrow());
    }
}
