package dev.errorcatalog;

import dev.errorcatalog.i18n.ErrorCatalogException;
import dev.errorcatalog.i18n.Printable;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** Text that is not an error code: empty, blank, {@code ..}, a leading or trailing dot, a space, too long. */
@API(status = MAINTAINED, since = "0.1.0")
public final class InvalidErrorCodeException extends ErrorCatalogException {
    /** The text that was given. */
    private final String input;

    InvalidErrorCodeException(String input, String reason) {
        super("'" + Printable.shorten(input, 80) + "' is not an error code: " + Printable.of(reason)
                + " (expected Category or Category.Subcode, each part a letter followed by letters and digits)");
        this.input = input;
    }

    /** The text as given. */
    public String input() {
        return input;
    }
}
