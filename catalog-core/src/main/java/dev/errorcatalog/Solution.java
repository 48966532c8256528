package dev.errorcatalog;

import org.apiguardian.api.API;

import java.util.Locale;
import java.util.Objects;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * What the reader can do about an error, where a source gives it (the error centre's "solution").
 *
 * @param text   the advice, in {@code locale}
 * @param locale the locale the text is in
 * @param origin where the text came from
 */
@API(status = MAINTAINED, since = "0.1.0")
public record Solution(String text, Locale locale, Source origin) {
    public Solution {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(origin, "origin");
    }
}
