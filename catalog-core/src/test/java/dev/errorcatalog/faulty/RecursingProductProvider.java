package dev.errorcatalog.faulty;

import dev.errorcatalog.ProductId;

/** A provider whose {@code product()} calls itself until the thread's stack is gone. */
public final class RecursingProductProvider extends FixedProvider {
    public RecursingProductProvider() {
        super("recursing", "FailedOperation.Never");
    }

    @Override
    public ProductId product() {
        return product();
    }
}
