package dev.errorcatalog;

import dev.errorcatalog.i18n.ErrorCatalogException;
import dev.errorcatalog.i18n.Printable;
import org.apiguardian.api.API;

import java.util.Collection;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** A product id that no installed product module provides (one that two claim is a {@link DuplicateProductException}). */
@API(status = MAINTAINED, since = "0.1.0")
public final class UnknownProductException extends ErrorCatalogException {
    /** The product id that was asked for. */
    private final String product;

    UnknownProductException(String product, Collection<ProductId> installed) {
        super("unknown product '" + Printable.shorten(product, 80) + "'; installed: "
                + installed.stream().map(ProductId::value).collect(Collectors.joining(", ")));
        this.product = product;
    }

    /** @return the product id that was asked for */
    public String product() {
        return product;
    }
}
