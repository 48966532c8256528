package dev.errorcatalog;

import dev.errorcatalog.i18n.ErrorCatalogException;
import dev.errorcatalog.i18n.Printable;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A product id that two or more installed providers of equal standing claim: none of them is used, and asking for the
 * product says which they are and where each was loaded from.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class DuplicateProductException extends ErrorCatalogException {
    private static final long serialVersionUID = 1L;

    private final String product;

    DuplicateProductException(String product, String why) {
        super("product '" + Printable.shorten(product, 80) + "' is not usable: it is " + why);
        this.product = product;
    }

    /** The product id asked for. */
    public String product() {
        return product;
    }
}
