package dev.errorcatalog.i18n;

import dev.errorcatalog.i18n.internal.TestBundles;
import dev.errorcatalog.i18n.internal.BundleEntry;
import dev.errorcatalog.i18n.internal.MessageBundle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Input exactly at the limits: the longest tag, the longest message, weights 0 and 1, the root locale in a list. */
class EdgesOfInputTest {
    private static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;

    @Test
    void aListExactlyAsLongAsAllowedIsRead() {
        String list = "fr, " + " ".repeat(LanguageTags.MAX_LENGTH - "fr, zh-CN".length()) + "zh-CN";
        assertEquals(LanguageTags.MAX_LENGTH, list.length());
        assertEquals(List.of(Locale.FRENCH, ZH_CN), LanguageTags.parseList(list));
        InvalidLanguageTagException e = assertThrows(InvalidLanguageTagException.class, () -> LanguageTags.parseList(list + " "));
        assertEquals(true, e.getMessage().contains("it is longer than 1024 characters"), e.getMessage());
    }

    @Test
    void weightsZeroAndOneAreAccepted() {
        assertEquals(List.of(ZH_CN), LanguageTags.parseList("fr;q=0, zh-CN;q=1"));
        assertEquals(List.of(ZH_CN, Locale.ENGLISH), LanguageTags.parseList("en;q=0.5, zh-CN;q=1.0"));
    }

    @Test
    void theRootLocaleInAPriorityListMeansNoPreferenceFromThereOn() {
        LocaleNegotiator n = LocaleNegotiator.of(List.of(Locale.ENGLISH, ZH_CN), Locale.ENGLISH);
        assertEquals(Locale.ENGLISH, n.negotiate(List.of(Locale.ROOT, ZH_CN)), "any language first: the default");
        assertEquals(ZH_CN, n.negotiate(List.of(ZH_CN, Locale.ROOT)));
        assertEquals(ZH_CN, n.negotiate(List.of(Locale.FRENCH, Locale.CHINESE, Locale.ROOT)));
        assertEquals(Locale.ENGLISH, n.negotiate(List.of(Locale.ROOT)));
        assertEquals(List.of(Locale.ENGLISH, ZH_CN), n.supported());
        assertEquals(Locale.ENGLISH, n.defaultLocale());
        assertEquals("LocaleNegotiator[en, zh-CN] default en", n.toString());
    }

    @Test
    void aMessageExactlyAsLongAsAllowedIsRead() {
        String longest = "a".repeat(MessageBundle.MAX_MESSAGE_LENGTH);
        MessageBundle.Read ok = TestBundles.read("{\"A\": \"" + longest + "\"}", Locale.ENGLISH);
        assertEquals(List.of(), ok.problems());
        assertEquals(longest, ok.bundle().entry("A").orElseThrow().message().format());
        MessageBundle.Read tooLong = TestBundles.read("{\"A\": \"" + longest + "b\"}", Locale.ENGLISH);
        assertEquals(1, tooLong.problems().size());
        assertEquals(true, tooLong.problems().get(0).description().endsWith("is 65537 characters long, longer than 65536"),
                tooLong.problems().get(0).description());
    }

    @Test
    void aBundleSaysWhoseItIs() {
        MessageBundle b = TestBundles.read("{\"A\": \"Alpha.\", \"B\": \"Beta.\"}", Locale.ENGLISH).bundle();
        assertEquals("demo", b.owner());
        assertEquals("demo en (demo/en.json, 2 entries)", b.toString());
    }
}
