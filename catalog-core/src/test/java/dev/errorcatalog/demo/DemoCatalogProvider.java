package dev.errorcatalog.demo;

import dev.errorcatalog.spi.EnumCatalogProvider;

import java.util.Locale;

public final class DemoCatalogProvider extends EnumCatalogProvider<DemoCode> {
    public DemoCatalogProvider() {
        super(DemoCode.PRODUCT, DemoCode.class, Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    }
}
