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

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // q=0 is "not acceptable" (RFC 9110): a refused language is never the answer, through the wildcard
            // or through the default, while another supported locale is not refused
            "'en;q=0, *', zh-CN",
            "'*, en;q=0', zh-CN",
            "'EN;Q=0, *', zh-CN",
            "'en;q=0.000, *', zh-CN",
            "'en;q=0', zh-CN",
            "'en;q=0, fr', zh-CN",
            "'en;q=0, zh-TW', zh-CN",
            "'zh;q=0, *', en",
            "'zh;q=0', en",
            "'zh-CN;q=0, *', en",
            "'zh-CN;q=0, zh', en",
            "'zh;q=0, zh-SG', en",
            // a refusal covers the tags it is a prefix of, by subtag; the script of zh-CN is Simplified (Hans)
            "'zh-Hans;q=0, zh', en",
            "'zh-Hant;q=0, zh', zh-CN",
            "'zh-TW;q=0, zh', zh-CN",
            "'zh-Hant;q=0, zh-SG', zh-CN",
            // a more specific refusal leaves the wider language acceptable ...
            "'en-US;q=0, en', en",
            "'en-US;q=0', en",
            "'en-GB;q=0, zh;q=0.5', zh-CN",
            // ... and a more specific acceptance overrides a wider refusal; an equally specific one does not
            "'zh;q=0, zh-CN', zh-CN",
            "'*;q=0, zh', zh-CN",
            "'*;q=0, en;q=0.1', en",
            "'en, en;q=0', zh-CN",
            "'*;q=0, zh;q=0.5, *', zh-CN",
            // every supported locale refused: the default, as for a request that nothing matches
            "'*;q=0', en",
            "'und;q=0', en",
            "'*;q=0, fr', en",
            "'en;q=0, zh;q=0', en",
            "'en;q=0, zh-CN;q=0, *', en",
            // refusals of languages that are not supported change nothing
            "'ja;q=0, *', en",
            "'fr;q=0, zh;q=0.5', zh-CN"
    })
    void aRefusedLanguageIsNeverChosenWhileAnotherIsAcceptable(String header, String expected) {
        assertEquals(Locale.forLanguageTag(expected), negotiator.negotiate(header));
        assertEquals(Locale.forLanguageTag(expected), negotiator.negotiateHeader(header));
        assertEquals(Locale.forLanguageTag(expected), negotiator.negotiateHeader("!!!, " + header + ", zh;q=abc"),
                "malformed items around it change nothing");
    }

    @Test
    void aRefusalAppliesToTheSupportedLocalesItCovers() {
        Locale enUs = Locale.US;
        LocaleNegotiator withUs = LocaleNegotiator.of(List.of(Locale.ENGLISH, enUs, ZH_CN), Locale.ENGLISH);
        assertEquals(enUs, withUs.negotiate("en;q=0, en-US"), "the more specific en-US is accepted");
        assertEquals(Locale.ENGLISH, withUs.negotiate("en-US;q=0, en"));
        assertEquals(Locale.ENGLISH, withUs.negotiate("en-US;q=0, en-GB"), "en-GB is closest to en once en-US is refused");
        assertEquals(ZH_CN, withUs.negotiate("en;q=0, en-GB"), "en and en-US are refused, en-GB was not offered");
        assertEquals(enUs, withUs.negotiate("en;q=0, en-US;q=0.1, *"), "the wildcard gives the first not refused");
        // the default refused: the fallback is the first supported locale not refused, in the order given
        LocaleNegotiator chineseFirst = LocaleNegotiator.of(List.of(ZH_CN, Locale.JAPANESE, Locale.ENGLISH), Locale.ENGLISH);
        assertEquals(ZH_CN, chineseFirst.negotiate("en;q=0, *"));
        assertEquals(Locale.JAPANESE, chineseFirst.negotiate("en;q=0, zh;q=0, fr"));
        assertEquals(Locale.ENGLISH, chineseFirst.negotiate("en;q=0, zh;q=0, ja;q=0, fr"));
        // a variant in any case
        Locale catalan = new Locale("ca", "ES");
        Locale valencian = new Locale("ca", "ES", "VALENCIA");
        LocaleNegotiator withVariant = LocaleNegotiator.of(List.of(catalan, valencian), catalan);
        assertEquals(catalan, withVariant.negotiate("ca-ES-valencia;q=0, ca-ES-VALENCIA;q=0.5"), "refused, equally specific");
        assertEquals(valencian, withVariant.negotiate("ca;q=0, ca-ES-valencia"));
        assertEquals(valencian, withVariant.negotiate("ca-ES-1996;q=0, ca-ES-VALENCIA"), "another variant refuses nothing");
        LocaleNegotiator valencianFirst = LocaleNegotiator.of(List.of(catalan, valencian), valencian);
        assertEquals(catalan, valencianFirst.negotiate("ca-ES-1996;q=0, ca-AD"), "ca-ES is not refused, and closest");
        // asked twice, the same instance
        assertSame(withUs.negotiate("en;q=0, en-US"), withUs.negotiate("en;q=0, en-US"));
        assertSame(enUs, withUs.negotiateHeader("en;q=0, en-US"));
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
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> LocaleNegotiator.of(List.of(ZH_CN), Locale.ENGLISH));
        assertTrue(e.getMessage().contains("'en'") && e.getMessage().contains("zh-CN"), e.getMessage());
        assertEquals("LocaleNegotiator.of(defaultLocale)", e.where());
        assertThrows(InvalidValueException.class, () -> LocaleNegotiator.of(List.of(), Locale.ENGLISH));
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
