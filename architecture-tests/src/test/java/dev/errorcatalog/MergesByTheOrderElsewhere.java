package dev.errorcatalog;

import java.util.List;

/** Breaks "only TableAssembler merges entries by FallbackOrder.scopes" on purpose. */
public class MergesByTheOrderElsewhere {
    public List<ProductId> order(ProductId product) {
        return FallbackOrder.scopes(product);
    }
}
