package dev.errorcatalog.cli;

import dev.errorcatalog.i18n.ErrorCatalogException;
import dev.errorcatalog.i18n.LanguageTags;
import dev.errorcatalog.i18n.Printable;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A --locale whose language is none: well-formed as a tag, yet no language has it ({@code cn}, China's country code;
 * {@code chinese}, a name). Negotiation would quietly answer in the default language; the user meant another.
 */
final class UnknownLanguageException extends ErrorCatalogException {
    private static final Set<String> LANGUAGES = Set.copyOf(Arrays.asList(Locale.getISOLanguages()));

    /** Country codes written where a language was meant, with the language meant: the JDK does not know a country's main language. */
    private static final Map<String, String> COUNTRY_LANGUAGES = Map.of("cn", "zh-CN", "tw", "zh-TW", "hk", "zh-HK", "jp", "ja",
            "kr", "ko", "us", "en-US", "uk", "en-GB", "gb", "en-GB");

    private UnknownLanguageException(String message) {
        super(message);
    }

    /** Refuses {@code text} (a tag or an Accept-Language list) when one of its languages is none; it is read strictly. */
    static void check(String text) {
        for (Locale l : LanguageTags.parseList(text)) {
            String language = l.getLanguage();
            // two letters: ISO 639-1 lists them all; four to eight: reserved or registered, not in use; three: allowed
            boolean unknown = language.length() == 2 ? !LANGUAGES.contains(language) : language.length() > 3;
            if (unknown) {
                throw new UnknownLanguageException("--locale " + CliException.quoted(text) + ": '" + Printable.of(language)
                        + "' is no language" + meant(language).map(m -> "; did you mean " + m + "?").orElse("")
                        + " (a language tag such as en or zh-CN, or a list such as 'zh-CN, en;q=0.8')");
            }
        }
    }

    /** What a word that is no language may have meant: a country's language ({@code cn}), a language's name ({@code chinese}). */
    static Optional<String> meant(String word) {
        List<String> tags = Arrays.stream(Locale.getISOLanguages())
                .filter(l -> new Locale(l).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(word))
                .map(l -> tagOf(new Locale(l))).collect(Collectors.toList());
        if (!tags.isEmpty()) {
            return Optional.of(tags.get(0));
        }
        String tag = COUNTRY_LANGUAGES.get(word.toLowerCase(Locale.ROOT));
        if (tag != null) {
            String country = Locale.forLanguageTag(tag).getCountry();
            return Optional.of(tag + " ('" + word + "' is the country code of "
                    + new Locale("", country.isEmpty() ? word.toUpperCase(Locale.ROOT) : country).getDisplayCountry(Locale.ENGLISH) + ")");
        }
        return Optional.empty();
    }

    /** Chinese is written in two scripts; the catalogs ship Simplified Chinese as zh-CN. */
    private static String tagOf(Locale language) {
        return language.getLanguage().equals("zh") ? "zh-CN" : language.toLanguageTag();
    }
}
