package dev.errorcatalog;

import java.util.Collection;
import java.util.stream.Collectors;

/** A product id that no installed product module provides, or that two of them claim. */
public final class UnknownProductException extends IllegalArgumentException {
    /** The product id that was asked for. */
    private final String product;

    UnknownProductException(String product, Collection<ProductId> installed, String why) {
        super("unknown product '" + InvalidErrorCodeException.shorten(product) + "'" + why + "; installed: "
                + installed.stream().map(ProductId::value).collect(Collectors.joining(", ")));
        this.product = product;
    }

    /** @return the product id that was asked for */
    public String product() {
        return product;
    }
}
