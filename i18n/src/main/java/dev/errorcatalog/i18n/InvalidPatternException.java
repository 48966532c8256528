package dev.errorcatalog.i18n;

/** A message pattern that is not valid ICU MessageFormat, or that uses numbered instead of named arguments. */
public final class InvalidPatternException extends ErrorCatalogException {
    InvalidPatternException(String pattern, String reason) {
        super("pattern '" + Printable.shorten(pattern, 60) + "' is not valid ICU MessageFormat: " + Printable.of(reason));
    }
}
