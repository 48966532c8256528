package dev.errorcatalog.i18n;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.ibm.icu.lang.UScript;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which script each language is written in, the one place that knows it (ICU's script data): the bundle verifier asks
 * whether a text {@linkplain #misfit fits its locale}, the generator keeps only official text that fits, and a
 * server's message is labelled with the {@linkplain #languageOf language its script says}. A new locale needs no entry
 * here: ICU knows the scripts of the languages CLDR knows.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class LanguageScripts {
    private LanguageScripts() {
    }

    /**
     * The ISO 15924 codes of the scripts the locale's language is written in ({@code [Kana, Hira, Hani]} for
     * Japanese; a script subtag decides, {@code sr-Latn} is {@code [Latn]}); empty when ICU does not know the language.
     */
    public static List<String> scriptsOf(Locale locale) {
        return Arrays.stream(codes(locale)).mapToObj(UScript::getShortName).toList();
    }

    /**
     * What keeps the text from being the locale's, or empty when it fits: no text has a Han character unless its
     * language is written with Han, and text in a language not written in Latin letters has at least one character
     * of its script (Latin text may hold anything else: names, codes, a foreign word). A language ICU does not know
     * holds its text to nothing.
     */
    public static Optional<String> misfit(String text, Locale locale) {
        int[] expected = codes(locale);
        if (expected.length == 0) {
            return Optional.empty(); // ICU does not know the language's script: nothing to hold it to
        }
        boolean latinLocale = contains(expected, UScript.LATIN);
        boolean hanLocale = contains(expected, UScript.HAN);
        boolean seenExpected = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int script = UScript.getScript(cp);
            if (!hanLocale && script == UScript.HAN) {
                return Optional.of("contains the Han character '" + new String(Character.toChars(cp))
                        + "', but " + locale.toLanguageTag() + " text should not");
            }
            seenExpected |= contains(expected, script);
        }
        if (!latinLocale && !seenExpected) {
            return Optional.of("has no character of the " + names(expected) + " script, so it is not "
                    + locale.getDisplayLanguage(Locale.ENGLISH) + " text");
        }
        return Optional.empty();
    }

    /** Whether the text is written as the locale's language is: {@link #misfit} finds nothing wrong. */
    public static boolean fits(String text, Locale locale) {
        return misfit(text, locale).isEmpty();
    }

    /**
     * The language a text is most likely in, from its script: kana say Japanese (whatever Han characters stand beside
     * them), hangul Korean, Han alone Simplified Chinese, Latin letters English (the catalog's two languages, and what
     * a proxy in front of the API may add). Text mostly in another script (Cyrillic, Greek, Arabic…) is not labelled
     * with a language it may not be in: its language is unknown and its script is known ({@code und-Cyrl}). Empty when
     * the text has no letter of any script (digits, punctuation). The answer always {@linkplain #fits fits} the text.
     */
    public static Optional<Locale> languageOf(String text) {
        boolean hangul = false;
        boolean han = false;
        int latin = 0;
        int[] others = null; // characters of each other script, by ICU's script code; most texts have none
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int script = UScript.getScript(cp);
            switch (script) {
                case UScript.HIRAGANA, UScript.KATAKANA -> {
                    return Optional.of(Locale.JAPANESE);
                }
                case UScript.HANGUL -> hangul = true;
                case UScript.HAN -> han = true;
                case UScript.LATIN -> latin++;
                case UScript.COMMON, UScript.INHERITED, UScript.UNKNOWN -> {
                }
                default -> {
                    if (others == null || others.length <= script) {
                        others = others == null ? new int[script + 1] : Arrays.copyOf(others, script + 1);
                    }
                    others[script]++;
                }
            }
        }
        if (hangul) {
            return Optional.of(Locale.KOREAN);
        }
        if (han) {
            return Optional.of(Locale.SIMPLIFIED_CHINESE);
        }
        int most = mostUsed(others, latin);
        if (most != -1) {
            return Optional.of(new Locale.Builder().setScript(UScript.getShortName(most)).build());
        }
        return latin > 0 ? Optional.of(Locale.ENGLISH) : Optional.empty();
    }

    /** The script with more characters than the Latin letters and than any other (the lower code on a tie), or -1. */
    private static int mostUsed(int[] counts, int latin) {
        int most = -1;
        for (int s = 0; counts != null && s < counts.length; s++) {
            if (counts[s] > latin && (most == -1 || counts[s] > counts[most])) {
                most = s;
            }
        }
        return most;
    }

    private static int[] codes(Locale locale) {
        int[] codes = UScript.getCode(locale);
        return codes == null ? new int[0] : codes;
    }

    private static boolean contains(int[] scripts, int script) {
        return Arrays.stream(scripts).anyMatch(s -> s == script);
    }

    private static String names(int[] scripts) {
        return String.join("/", Arrays.stream(scripts).mapToObj(UScript::getName).toList());
    }
}
