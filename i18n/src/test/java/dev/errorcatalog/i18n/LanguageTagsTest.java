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
                .getMessage().contains("weight 'abc' at index 5 is not a number from 0 to 1"));
        assertTrue(assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parseList("en;level=1"))
                .getMessage().contains("unexpected parameter 'level=1' at index 3, only q=weight is allowed"));
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
        assertEquals("'en, not a tag!' is not a language tag: item 2 'not a tag!': ill-formed at index 4 (expected BCP 47 such as en, zh-CN or "
                        + "zh-Hans-CN, or an Accept-Language list such as 'zh-CN, en;q=0.8')",
                assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parseList("en, not a tag!")).getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // KELVIN SIGN lower-cases to k: "\u212Ao" would read as ko (Korean)
            "\u212Ao | 0 | U+212A", "zh-\u212AH | 3 | U+212A", "\u212Am_\u212AH | 0 | U+212A",
            // dotted capital I, dotless i, long s: each folds to an ASCII letter in one case or the other
            "\u0130t | 0 | U+0130", "\u0131t | 0 | U+0131", "zh-Han\u017F | 6 | U+017F",
            // white space and digits of other scripts, full-width letters, an emoji
            "'\u3000en' | 0 | U+3000", "'en\u00a0' | 2 | U+00A0", "\uff45\uff4e | 0 | U+FF45", "en-\u0661\u0669 | 3 | U+0661",
            "en-\ud83d\ude00 | 3 | U+1F600"})
    void aTagIsAsciiOnlyAndTheFirstOtherCharacterIsNamedWithItsIndex(String tag, int index, String character) {
        InvalidLanguageTagException e = assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parse(tag));
        assertTrue(e.getMessage().contains("character " + character + " at index " + index + " is not ASCII"), e.getMessage());
        assertEquals(tag, e.input());
        // in a list, the index is into the whole text
        InvalidLanguageTagException inList = assertThrows(InvalidLanguageTagException.class,
                () -> LanguageTags.parseList("en, " + tag + ";q=0.5"));
        assertTrue(inList.getMessage().contains("character " + character + " at index " + (index + 4) + " is not ASCII"),
                inList.getMessage());
        // a browser's header skips the item
        assertEquals(List.of(Locale.ENGLISH), LanguageTags.parseHeader("en, " + tag + ";q=0.5"));
    }

    @Test
    void anAsciiCharacterAfterTheTagInAWeightIsCheckedToo() {
        InvalidLanguageTagException e = assertThrows(InvalidLanguageTagException.class,
                () -> LanguageTags.parseList("en;q=\uff10.5"));
        assertTrue(e.getMessage().contains("character U+FF10 at index 5 is not ASCII"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zh-Hans-CN-u-nu-hanidec", "en-Latn-US-u-ca-japanese", "en-US-u-ca-japanese", "th-TH-u-nu-thai",
            "de-DE-1901-1996-x-foo", "zh-Hant-TW-x-java", "en-x-java", "sl-rozaj-biske", "sl-rozaj-biske-x-a-b",
            "sr-Latn-BA-posix", "en-US-POSIX", "ca-ES-VALENCIA", "und-GB", "und-Latn-GB", "zh-Hans-u-nu-hanidec",
            "de-u-co-phonebk-ka-shifted", "en-a-bbb-u-ca-gregory-x-private", "en-US-x-foo-lvariant-WIN",
            "ja-JP-u-ca-japanese-x-lvariant-JP", "ja-JP-u-ca-japanese-x-foo-lvariant-JP", "en-US-a-box-x-lvariant-WIN",
            "en-US-a-x1-x-lvariant-WIN"})
    void theToStringOfEveryLocaleIsReadBack(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        assertEquals(locale, LanguageTags.parse(locale.toString()), locale.toString());
    }

    @Test
    void theToStringOfEveryLocaleTheJdkKnowsIsReadBackIncludingItsCompatibilityLocales() {
        List<Locale> locales = new java.util.ArrayList<>(List.of(Locale.getAvailableLocales()));
        locales.addAll(List.of(new Locale("ja", "JP", "JP"), new Locale("th", "TH", "TH"), new Locale("no", "NO", "NY"),
                new Locale("de", "", "POSIX"), new Locale("", "GB"), new Locale("en", "US", "WIN")));
        for (Locale locale : locales) {
            if (!locale.toString().isEmpty()) {
                assertEquals(locale, LanguageTags.parse(locale.toString()), locale.toString());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'zh_CN_#Hans-u-nu-hanidec', zh-Hans-CN-u-nu-hanidec", "'zh_CN_#Hans_u_nu_hanidec', zh-Hans-CN-u-nu-hanidec",
            "'en_US_#u-ca-japanese', en-US-u-ca-japanese", "'EN_us_#LATN_U-CA-JAPANESE', en-Latn-US-u-ca-japanese",
            "'zh__#Hans', zh-Hans", "'sl__rozaj', sl-rozaj", "' zh_CN_#Hans ', zh-Hans-CN"})
    void javasFormIsReadWithItsScriptAndExtensionsInAnySeparatorAndCase(String text, String tag) {
        assertEquals(Locale.forLanguageTag(tag), LanguageTags.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"zh_CN_# | 7", "zh_CN_#Hans_ | 12", "zh_CN_#Hans_!! | 12", "zh_CN_#Hans_u | 12",
            "zh_!!_#Hans | 3", "zh_CN_#u | 7", "' zh--CN' | 4", "zh#Hans | 0", "en-US-u-ca-japanese-_ | 20"})
    void anIllFormedTagIsReportedAtItsIndexInTheTextGiven(String text, int index) {
        InvalidLanguageTagException e = assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parse(text));
        assertTrue(e.getMessage().contains("ill-formed at index " + index + " "), e.getMessage());
    }

    @Test
    void theInputOfAnErrorInAListIsTheWholeTextAsGiven() {
        String list = "en, fr;q=0.5, zh--CN;q=0.1";
        InvalidLanguageTagException e = assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parseList(list));
        assertEquals(list, e.input());
        assertEquals("zh--CN;q=0.1", e.item());
        assertTrue(e.getMessage().startsWith("'en, fr;q=0.5, zh--CN;q=0.1' is not a language tag: item 3 'zh--CN;q=0.1': "
                + "ill-formed at index 17 "), e.getMessage());
        InvalidLanguageTagException weight = assertThrows(InvalidLanguageTagException.class,
                () -> LanguageTags.parseList("en, fr;q=2"));
        assertEquals("en, fr;q=2", weight.input());
        assertEquals("fr;q=2", weight.item());
        InvalidLanguageTagException one = assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parse(" zh--CN "));
        assertEquals(" zh--CN ", one.input());
        assertEquals("zh--CN", one.item());
        assertTrue(weight.getMessage().contains("item 2 'fr;q=2': weight '2' at index 9 is not a number from 0 to 1"),
                weight.getMessage());
        InvalidLanguageTagException negotiated = assertThrows(InvalidLanguageTagException.class,
                () -> LocaleNegotiator.of(List.of(Locale.ENGLISH), Locale.ENGLISH).negotiate("en,\u212Ao"));
        assertEquals("en,\u212Ao", negotiated.input());
    }

    @Test
    void indexesCountTheWhiteSpaceAndTheAsciiBoundaryIsExact() {
        assertTrue(assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parseList("en; q= abc"))
                .getMessage().contains("weight 'abc' at index 7 is not"));
        assertTrue(assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parseList("en ; level=1"))
                .getMessage().contains("unexpected parameter 'level=1' at index 5,"));
        assertTrue(assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parse("en-\u007f"))
                .getMessage().contains("ill-formed at index 3"), "DEL is ASCII, and not part of a tag");
        assertTrue(assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parse("en\u0080"))
                .getMessage().contains("character U+0080 at index 2 is not ASCII"));
    }

    @Test
    void eachItemIsReadInItsOwnFormAndSeparatorsAreNotMixed() {
        assertEquals(List.of(Locale.ENGLISH, Locale.forLanguageTag("zh-Hans-CN"), Locale.forLanguageTag("de-POSIX")),
                LanguageTags.parseList("en, zh_CN_#Hans, de__POSIX"));
        assertEquals(List.of(Locale.forLanguageTag("zh-Hans-CN"), Locale.ENGLISH), LanguageTags.parseList("zh-Hans_CN, en"));
        // with a '-' the text is BCP 47, where WIN is not a variant; Java's form never has one
        assertTrue(assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parse("en-US_WIN"))
                .getMessage().contains("ill-formed at index 6"));
        assertTrue(assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parse("zh_Hans_!!"))
                .getMessage().contains("ill-formed at index 8"), "reported as BCP 47 when Java's form fails too");
    }

    @Test
    void emptyItemsAndParametersAtEitherEnd() {
        assertEquals(List.of(Locale.ENGLISH), LanguageTags.parseList(",en"));
        assertEquals(List.of(Locale.ENGLISH), LanguageTags.parseHeader(",en,"));
        assertTrue(assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parseList("en;"))
                .getMessage().contains("unexpected parameter '' at index 3,"));
        assertTrue(assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parseList("en;q="))
                .getMessage().contains("weight '' at index 5 is not"));
        assertEquals(Locale.forLanguageTag("und-Hans"), LanguageTags.parse("_#Hans"), "a script alone, which Java never writes");
    }

    @Test
    void aHeaderExactlyAsLongAsAllowedIsRead() {
        String header = "fr, " + " ".repeat(LanguageTags.MAX_LENGTH - "fr, zh-CN".length()) + "zh-CN";
        assertEquals(List.of(Locale.FRENCH, Locale.SIMPLIFIED_CHINESE), LanguageTags.parseHeader(header));
        assertEquals(List.of(), LanguageTags.parseHeader(header + " "));
        assertEquals(List.of(), LanguageTags.parseHeader(null));
    }
}
