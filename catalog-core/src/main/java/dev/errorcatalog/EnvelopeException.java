package dev.errorcatalog;

import dev.errorcatalog.i18n.ErrorCatalogException;
import dev.errorcatalog.i18n.Printable;

/** Input that is not a readable API response: not JSON, truncated, too deep, too large, or of neither shape. */
public final class EnvelopeException extends ErrorCatalogException {
    EnvelopeException(String message) {
        super(Printable.of(message));
    }

    EnvelopeException(String message, Throwable cause) {
        super(Printable.of(message), cause);
    }
}
