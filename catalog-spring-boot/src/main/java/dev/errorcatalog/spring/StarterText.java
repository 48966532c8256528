package dev.errorcatalog.spring;

import dev.errorcatalog.i18n.text.LibraryText;

import java.util.Locale;

/**
 * The few texts of the starter's own, kept in bundles ({@code META-INF/errorcatalog/text/spring/}) like every other
 * text: a new locale is a file and a line in its {@code locales}.
 */
enum StarterText {
    API_ERROR("api-error"),
    NO_TEXT("no-text"),
    NO_API_ANSWER("no-api-answer"),
    NOT_SENT("not-sent"),
    LIBRARY_FAILURE_TITLE("library-failure-title"),
    LIBRARY_FAILURE("library-failure");

    /** Read at the first answer that needs one of these texts. */
    private static final class Own {
        static final LibraryText TEXT = LibraryText.of(StarterText.class, "spring");
    }

    private final String key;

    StarterText(String key) {
        this.key = key;
    }

    /** The text in the starter's locale closest to {@code locale}. */
    String in(Locale locale) {
        return Own.TEXT.text(key, locale);
    }
}
