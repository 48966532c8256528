package dev.errorcatalog.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageTagsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zh-CN, zh-CN", "zh_CN, zh-CN", "ZH-cn, zh-CN", "zh-Hans-CN, zh-Hans-CN", "en, en", " en-us , en-US",
            "zh_CN_#Hans, zh-Hans-CN", "zh__#Hant, zh-Hant", "sr_BA_#Latn, sr-Latn-BA", "ZH-HANS-cn, zh-Hans-CN"})
    void normalizesCaseAndSeparators(String text, String tag) {
        assertEquals(Locale.forLanguageTag(tag), LanguageTags.parse(text));
    }

    @Test
    void undInAnyCaseAndTheJavaFormOfAScriptAreUnderstood() {
        assertEquals(Locale.ROOT, LanguageTags.parse("und"));
        assertEquals(Locale.ROOT, LanguageTags.parse("UND"));
        assertEquals(Locale.ROOT, LanguageTags.parse("Und"));
        Locale withScript = Locale.forLanguageTag("zh-Hans-CN");
        assertEquals(withScript, LanguageTags.parse(withScript.toString()), withScript.toString());
    }

    @Test
    void ordersAListByWeightKeepingWrittenOrderForTies() {
        assertEquals(List.of(Locale.forLanguageTag("zh-CN"), Locale.ENGLISH, Locale.FRENCH),
                LanguageTags.parseList("fr;q=0.5, zh-CN, en;q=0.8"));
        assertEquals(List.of(Locale.ENGLISH, Locale.FRENCH), LanguageTags.parseList("en, fr"));
        assertEquals(List.of(Locale.FRENCH), LanguageTags.parseList("en;q=0, fr"));
        assertEquals(List.of(Locale.ENGLISH), LanguageTags.parseList("en,"));
    }

    @Test
    void errorsSayWhatWasWrong() {
        assertTrue(assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parse(""))
                .getMessage().contains("it is empty"));
        assertTrue(assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parse("zh--CN"))
                .getMessage().contains("ill-formed at index"));
        assertTrue(assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parseList("en;q=abc"))
                .getMessage().contains("weight 'abc' is not a number from 0 to 1"));
        assertTrue(assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parseList("en;level=1"))
                .getMessage().contains("only q=weight is allowed"));
        String huge = "en,".repeat(1000);
        assertTrue(assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parseList(huge))
                .getMessage().contains("longer than " + LanguageTags.MAX_LENGTH));
        assertTrue(assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parse(null))
                .getMessage().contains("no text was given"));
    }

    @Test
    void aTagWeightedZeroIsStillChecked() {
        assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parseList("!!!;q=0"));
        assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parseList("en, zh--CN;q=0"));
        assertEquals(List.of(Locale.ENGLISH), LanguageTags.parseList("en, fr;q=0"));
    }

    @Test
    void aHeaderAsABrowserSendsItSkipsMalformedItemsAndKeepsTheRest() {
        assertEquals(List.of(Locale.forLanguageTag("zh-CN"), Locale.ENGLISH),
                LanguageTags.parseHeader("en;q=0.5, not a tag!, zh-CN, fr;q=abc, de;level=1"));
        assertEquals(List.of(Locale.ENGLISH, Locale.FRENCH), LanguageTags.parseHeader("en, fr;q=0.4, zh;q=0"));
        assertEquals(List.of(), LanguageTags.parseHeader("!!!, ;q=0.5, "));
        assertEquals(List.of(), LanguageTags.parseHeader(""));
        assertEquals(List.of(), LanguageTags.parseHeader("en,".repeat(LanguageTags.MAX_LENGTH)));
        // the strict reading stays
        assertEquals("'not a tag!' is not a language tag: ill-formed at index 0 (expected BCP 47 such as en, zh-CN or "
                        + "zh-Hans-CN, or an Accept-Language list such as 'zh-CN, en;q=0.8')",
                assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parseList("en, not a tag!")).getMessage());
    }
}
