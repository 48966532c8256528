package dev.errorcatalog;

import dev.errorcatalog.i18n.ErrorCatalogException;
import dev.errorcatalog.i18n.Printable;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** Text that is not a product id: empty, too long, not starting with a lower-case letter, another character than a-z, 0-9, '-'. */
@API(status = MAINTAINED, since = "0.1.0")
public final class InvalidProductIdException extends ErrorCatalogException {
    private static final long serialVersionUID = 1L;

    /** The text that was given. */
    private final String input;

    InvalidProductIdException(String input, String reason) {
        super("'" + Printable.shorten(input, 80) + "' is not a product id: " + Printable.of(reason)
                + " (expected a short lower-case id such as vod or kms: a-z, then a-z, 0-9 or '-')");
        this.input = input;
    }

    /** The text as given. */
    public String input() {
        return input;
    }
}
