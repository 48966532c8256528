package dev.errorcatalog.bench;

import dev.errorcatalog.spi.EnumCatalogProvider;

import java.util.Locale;

/** Registered explicitly by the benchmarks, not through META-INF/services. */
public final class BenchCatalogProvider extends EnumCatalogProvider<BenchCode> {
    public BenchCatalogProvider() {
        super(BenchCode.PRODUCT, BenchCode.class, Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    }
}
