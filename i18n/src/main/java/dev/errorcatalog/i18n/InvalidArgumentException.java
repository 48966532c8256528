package dev.errorcatalog.i18n;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** An argument a message's pattern cannot format: a text where the pattern wants a number, or no value at all. */
@API(status = MAINTAINED, since = "0.1.0")
public final class InvalidArgumentException extends ErrorCatalogException {
    InvalidArgumentException(String pattern, String argument, Object value, String reason) {
        super("the argument '" + Printable.shorten(argument, 60) + "' ("
                + (value == null ? "null" : value.getClass().getSimpleName() + " " + Printable.shorten(String.valueOf(value), 40))
                + ") cannot be formatted by the pattern '" + Printable.shorten(pattern, 60) + "': " + Printable.of(reason));
    }
}
