package dev.errorcatalog.i18n.verify;

import com.ibm.icu.lang.UScript;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a text is written in the script its locale uses, so a Chinese message really is Chinese and an English one is not. */
final class Scripts {
    private Scripts() {
    }

    /** A description of what is wrong, or empty when the text fits the locale. */
    static Optional<String> check(String text, Locale locale) {
        int[] expected = UScript.getCode(locale);
        if (expected == null || expected.length == 0) {
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

    private static boolean contains(int[] scripts, int script) {
        return Arrays.stream(scripts).anyMatch(s -> s == script);
    }

    private static String names(int[] scripts) {
        return String.join("/", Arrays.stream(scripts).mapToObj(UScript::getName).toList());
    }
}
