package dev.errorcatalog.faulty;

import dev.errorcatalog.ProductId;

/** A dependency the tests make impossible to load. */
public final class AbsentHelper {
    private AbsentHelper() {
    }

    static ProductId id() {
        return ProductId.of("missingdep");
    }
}
