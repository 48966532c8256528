package dev.errorcatalog.faulty;

import dev.errorcatalog.ProductId;

public final class ThrowingProductProvider extends FixedProvider {
    public ThrowingProductProvider() {
        super("product", "FailedOperation.Never");
    }

    @Override
    public ProductId product() {
        throw new UnsupportedOperationException("product() failed on purpose");
    }
}
