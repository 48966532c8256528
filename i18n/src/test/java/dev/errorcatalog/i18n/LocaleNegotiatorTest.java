package dev.errorcatalog.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocaleNegotiatorTest {
    private static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
    private final LocaleNegotiator negotiator = LocaleNegotiator.of(List.of(Locale.ENGLISH, ZH_CN), Locale.ENGLISH);
    private final Locale jvmDefault = Locale.getDefault();

    @AfterEach
    void restoreDefault() {
        Locale.setDefault(jvmDefault);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // every spelling of Simplified Chinese for mainland China
            "zh-CN, zh-CN", "zh_CN, zh-CN", "ZH-cn, zh-CN", "zh-Hans-CN, zh-CN", "zh_Hans_CN, zh-CN", "zh-hans-cn, zh-CN",
            // the documented decisions for the other Chinese tags, which are CLDR's: Simplified-script Chinese
            // anywhere gets zh-CN; Traditional-script Chinese (Taiwan, Hong Kong, Macao) is not matched to
            // Simplified text and gets the default, English, unless the caller lists zh-CN after it
            "zh, zh-CN", "zh-SG, zh-CN", "zh-Hans, zh-CN", "zh-MY, zh-CN",
            "zh-TW, en", "zh-HK, en", "zh-Hant, en", "zh-MO, en", "zh-Hant-CN, en",
            // English and everything else
            "en, en", "en-US, en", "en-GB, en", "EN_us, en", "fr, en", "ja, en", "de-CH, en", "ko-KR, en", "und, en", "*, en"
    })
    void negotiatesTags(String tag, String expected) {
        assertEquals(Locale.forLanguageTag(expected), negotiator.negotiate(tag));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "'fr, zh;q=0.5', zh-CN",
            "'zh-CN;q=0.2, en;q=0.9', en",
            "'en;q=0.1, zh-TW;q=0.8', en",
            "'zh-TW, zh-CN;q=0.5', zh-CN",
            "'zh-HK, zh;q=0.9, en;q=0.8', zh-CN",
            "'de, fr;q=0.9', en",
            "'ja;q=0, zh', zh-CN",
            "'zh-CN, en;q=0.8', zh-CN",
            "'en-US,en;q=0.9,zh-CN;q=0.8', en",
            "'*', en",
            // the wildcard is every language not listed before it: English ranks above what follows it
            "'*, zh;q=0.5', en",
            "'zh-CN;q=0.5, *', en",
            "'fr, *;q=0.5, zh;q=0.1', en",
            "'und, zh', en",
            "'fr, zh, *', zh-CN",
            "'zh, *;q=0.5', zh-CN",
            "'zh-TW, *, zh-CN', en"
    })
    void negotiatesAcceptLanguageLists(String header, String expected) {
        assertEquals(Locale.forLanguageTag(expected), negotiator.negotiate(header));
        assertEquals(Locale.forLanguageTag(expected), negotiator.negotiateHeader(header));
    }

    @Test
    void negotiatesJavaLocales() {
        assertEquals(ZH_CN, negotiator.negotiate(Locale.CHINA));
        assertEquals(Locale.ENGLISH, negotiator.negotiate(Locale.TRADITIONAL_CHINESE));
        assertEquals(ZH_CN, negotiator.negotiate(List.of(Locale.TAIWAN, Locale.CHINA)));
        assertEquals(ZH_CN, negotiator.negotiate(Locale.forLanguageTag("zh-Hans-CN")));
        assertEquals(Locale.ENGLISH, negotiator.negotiate(Locale.US));
        assertEquals(Locale.ENGLISH, negotiator.negotiate(Locale.FRANCE));
        assertEquals(Locale.ENGLISH, negotiator.negotiate(Locale.ROOT));
    }

    @Test
    void neverFallsBackToTheJvmDefaultLocale() {
        Locale.setDefault(ZH_CN);
        assertEquals(Locale.ENGLISH, negotiator.negotiate("fr"));
        assertEquals(Locale.ENGLISH, negotiator.negotiate(Locale.GERMANY));
        assertEquals(Locale.ENGLISH, LocaleNegotiator.of(List.of(Locale.ENGLISH, ZH_CN), Locale.ENGLISH).negotiate("ko"));
    }

    @Test
    void aLocaleSeenBeforeGivesTheSameInstanceBack() {
        Locale first = negotiator.negotiate(Locale.TAIWAN);
        assertSame(first, negotiator.negotiate(Locale.TAIWAN));
        assertSame(negotiator.negotiate("zh_CN"), negotiator.negotiate("zh_CN"));
    }

    @Test
    void theCacheStaysBoundedUnderManyDistinctRequests() {
        for (int i = 0; i < LocaleNegotiator.CACHE_LIMIT * 3; i++) {
            assertEquals(Locale.ENGLISH, negotiator.negotiate(new Locale("en", "", "v" + i)));
        }
        // still answers correctly once the cache is full
        assertEquals(ZH_CN, negotiator.negotiate(new Locale("zh", "SG", "late")));
    }

    @Test
    void theDefaultMustBeSupported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LocaleNegotiator.of(List.of(ZH_CN), Locale.ENGLISH));
        assertTrue(e.getMessage().contains("en") && e.getMessage().contains("zh-CN"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LocaleNegotiator.of(List.of(), Locale.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "zh--CN", "en US", "english-language-tag", "zh-CN;q=2", "zh;x=1", "12"})
    void rejectsTextThatIsNotATag(String text) {
        InvalidLanguageTagException e = assertThrows(InvalidLanguageTagException.class, () -> negotiator.negotiate(text));
        assertTrue(e.getMessage().contains("is not a language tag"), e.getMessage());
        assertEquals(text, e.input());
    }

    @Test
    void anOtherwiseSupportedSetWithoutChineseGivesEnglishForChinese() {
        LocaleNegotiator englishAndJapanese = LocaleNegotiator.of(List.of(Locale.ENGLISH, Locale.JAPANESE), Locale.ENGLISH);
        assertEquals(Locale.JAPANESE, englishAndJapanese.negotiate("ja-JP"));
        assertEquals(Locale.ENGLISH, englishAndJapanese.negotiate("zh-CN"));
    }
}
