package dev.errorcatalog.legacy;

import dev.errorcatalog.spi.EnumCatalogProvider;

import java.util.Locale;

/** The legacy product module: its codes and its en and zh-CN bundles. */
public final class LegacyCatalogProvider extends EnumCatalogProvider<LegacyCode> {
    public LegacyCatalogProvider() {
        super(LegacyCode.PRODUCT, LegacyCode.class, Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    }
}
