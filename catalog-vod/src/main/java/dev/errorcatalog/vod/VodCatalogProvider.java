package dev.errorcatalog.vod;

import dev.errorcatalog.spi.EnumCatalogProvider;

import java.util.Locale;

/** The vod product module: its codes and its en and zh-CN bundles. */
public final class VodCatalogProvider extends EnumCatalogProvider<VodCode> {
    public VodCatalogProvider() {
        super(VodCode.PRODUCT, VodCode.class, Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    }
}
