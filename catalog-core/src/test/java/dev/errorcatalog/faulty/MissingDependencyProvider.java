package dev.errorcatalog.faulty;

import dev.errorcatalog.ProductId;

/** Loads, but its product() needs a class that is missing at run time. */
public final class MissingDependencyProvider extends FixedProvider {
    public MissingDependencyProvider() {
        super("missingdep", "FailedOperation.MissingDep");
    }

    @Override
    public ProductId product() {
        return AbsentHelper.id();
    }
}
