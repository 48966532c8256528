package dev.errorcatalog.i18n;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageScriptsTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void aLanguageIsWrittenInTheScriptsIcuKnowsForItAndAScriptSubtagDecides() {
        assertEquals(List.of("Hani"), LanguageScripts.scriptsOf(ZH));
        assertEquals(List.of("Kana", "Hira", "Hani"), LanguageScripts.scriptsOf(Locale.JAPANESE));
        assertEquals(List.of("Hang", "Hani"), LanguageScripts.scriptsOf(Locale.KOREAN));
        assertEquals(List.of("Latn"), LanguageScripts.scriptsOf(Locale.ENGLISH));
        assertEquals(List.of("Cyrl"), LanguageScripts.scriptsOf(Locale.forLanguageTag("sr")));
        assertEquals(List.of("Latn"), LanguageScripts.scriptsOf(Locale.forLanguageTag("sr-Latn")));
        assertEquals(List.of(), LanguageScripts.scriptsOf(Locale.forLanguageTag("tlh")), "a language ICU does not know");
    }

    @Test
    void textWithAHanCharacterIsNotInALanguageWrittenWithoutHan() {
        assertEquals(Optional.of("contains the Han character '中', but en text should not"),
                LanguageScripts.misfit("Made in 中国", Locale.ENGLISH));
        assertEquals(Optional.of("contains the Han character '\uD840\uDC00', but en text should not"),
                LanguageScripts.misfit("x\uD840\uDC00y", Locale.ENGLISH), "a Han character beyond the BMP, whole");
        assertEquals(Optional.of("contains the Han character '中', but sr text should not"),
                LanguageScripts.misfit("Ресурс 中", Locale.forLanguageTag("sr")));
        assertFalse(LanguageScripts.fits("参数 error.", Locale.ENGLISH));
    }

    @Test
    void textInALanguageNotWrittenInLatinLettersHasACharacterOfItsScript() {
        assertEquals(Optional.of("has no character of the Han script, so it is not Chinese text"),
                LanguageScripts.misfit("Parameter error.", ZH));
        assertEquals(Optional.of("has no character of the Katakana/Hiragana/Han script, so it is not Japanese text"),
                LanguageScripts.misfit("Parameter error.", Locale.JAPANESE));
        assertEquals(Optional.of("has no character of the Hangul/Han script, so it is not Korean text"),
                LanguageScripts.misfit("", Locale.KOREAN));
        assertEquals(Optional.of("has no character of the Cyrillic script, so it is not Russian text"),
                LanguageScripts.misfit("Not found.", Locale.forLanguageTag("ru")));
    }

    @Test
    void textInItsLanguagesScriptFits() {
        assertTrue(LanguageScripts.fits("参数错误。", ZH));
        assertTrue(LanguageScripts.fits("参数 InstanceId 错误。", ZH), "Latin beside Han");
        assertTrue(LanguageScripts.fits("資源不足", Locale.JAPANESE), "kanji alone are Japanese too");
        assertTrue(LanguageScripts.fits("エラー", Locale.JAPANESE));
        assertTrue(LanguageScripts.fits("오류", Locale.KOREAN));
        assertTrue(LanguageScripts.fits("Parameter error.", Locale.ENGLISH));
        assertTrue(LanguageScripts.fits("Invalid имя: 404", Locale.ENGLISH), "Latin text may hold another script's word");
        assertTrue(LanguageScripts.fits("", Locale.ENGLISH));
        assertTrue(LanguageScripts.fits("Ресурс не найден", Locale.forLanguageTag("ru")));
        assertTrue(LanguageScripts.fits("Not found.", Locale.forLanguageTag("sr-Latn")), "the script subtag decides");
        assertTrue(LanguageScripts.fits("中 anything", Locale.forLanguageTag("tlh")), "nothing to hold an unknown language to");
        assertEquals(Optional.empty(), LanguageScripts.misfit("参数错误。", ZH));
    }

    @Test
    void theLanguageOfATextIsTheOneItsScriptSays() {
        Map<String, String> languages = Map.ofEntries(
                Map.entry("资源不存在。", "zh-CN"),
                Map.entry("参数 InstanceId 错误", "zh-CN"),
                Map.entry("\uD840\uDC00", "zh-CN"),
                Map.entry("The thing is off.", "en"),
                Map.entry("エラーが発生しました", "ja"),
                Map.entry("リソースが存在しません", "ja"),
                Map.entry("資源の不足", "ja"),
                Map.entry("Error: の", "ja"),
                Map.entry("오류가 발생했습니다", "ko"),
                Map.entry("資源 오류", "ko"),
                Map.entry("Ресурс не найден", "und-Cyrl"),
                Map.entry("Параметр InstanceId неверен", "und-Cyrl"),
                Map.entry("Invalid InstanceId: имя", "en"),
                Map.entry("Ο πόρος δεν βρέθηκε", "und-Grek"),
                Map.entry("المورد غير موجود", "und-Arab"),
                Map.entry("ไม่พบทรัพยากร", "und-Thai"),
                Map.entry("ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ", "und-Cher"));
        languages.forEach((text, tag) -> assertEquals(Optional.of(tag), LanguageScripts.languageOf(text).map(Locale::toLanguageTag), text));
        assertEquals(Optional.of(Locale.SIMPLIFIED_CHINESE), LanguageScripts.languageOf("中"));
        assertEquals(Optional.of(Locale.JAPANESE), LanguageScripts.languageOf("の"));
        assertEquals(Optional.of(Locale.KOREAN), LanguageScripts.languageOf("오"));
        assertEquals(Optional.of(Locale.ENGLISH), LanguageScripts.languageOf("a"));
    }

    @Test
    void anotherScriptNamesTheTextOnlyWhenItOutnumbersTheLatinLettersAndEveryOtherScript() {
        assertEquals(Optional.of("en"), tag("ab бв"), "as many Cyrillic as Latin letters: Latin");
        assertEquals(Optional.of("und-Cyrl"), tag("ab бвг"));
        assertEquals(Optional.of("und-Cyrl"), tag("бв δε"), "a tie between two scripts: the lower ICU code (Cyrillic)");
        assertEquals(Optional.of("und-Cyrl"), tag("δε бв"), "whichever comes first");
        assertEquals(Optional.of("und-Grek"), tag("б δε"));
        assertEquals(Optional.of("und-Thai"), tag("б ไม่พ"), "a script of a higher code after a lower one");
        assertEquals(Optional.of("und-Cyrl"), tag("ไ бвг"), "a script of a lower code after a higher one");
        assertEquals(Optional.of("und-Dsrt"), tag("б\uD801\uDC00\uD801\uDC01"), "the script right after Cyrillic's code (Deseret)");
    }

    @Test
    void textWithoutAnyLetterHasNoLanguage() {
        assertEquals(Optional.empty(), LanguageScripts.languageOf(""));
        assertEquals(Optional.empty(), LanguageScripts.languageOf("404 !"));
        assertEquals(Optional.empty(), LanguageScripts.languageOf("\u0301\u0300"), "combining marks alone");
        assertEquals(Optional.empty(), LanguageScripts.languageOf("\uD800"), "a lone surrogate");
    }

    /** Seeded: any mix of scripts gets a language its text fits, so the verifier never refuses what the guess says. */
    @Test
    void theLanguageATextIsSaidToBeInIsOneItFits() {
        long seed = 20261207L;
        Random random = new Random(seed);
        String pool = "aZé中資の가ДδلไᏣ٣1 .\u0301";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.appendCodePoint(pool.codePointAt(pool.offsetByCodePoints(0, random.nextInt(pool.codePointCount(0, pool.length())))));
            }
            String t = text.toString();
            LanguageScripts.languageOf(t).ifPresent(language -> assertTrue(LanguageScripts.fits(t, language),
                    () -> "seed " + seed + ": '" + t + "' said to be " + language + ": " + LanguageScripts.misfit(t, language)));
        }
    }

    private static Optional<String> tag(String text) {
        return LanguageScripts.languageOf(text).map(Locale::toLanguageTag);
    }
}
