package dev.errorcatalog.i18n;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** A message pattern that is not valid ICU MessageFormat, or that uses numbered instead of named arguments. */
@API(status = MAINTAINED, since = "0.1.0")
public final class InvalidPatternException extends ErrorCatalogException {
    InvalidPatternException(String pattern, String reason) {
        super("pattern '" + Printable.shorten(pattern, 60) + "' is not valid ICU MessageFormat: " + Printable.of(reason));
    }
}
