package dev.errorcatalog.live;

import dev.errorcatalog.spi.EnumCatalogProvider;

import java.util.Locale;

/** The live product module: its codes and its en and zh-CN bundles. */
public final class LiveCatalogProvider extends EnumCatalogProvider<LiveCode> {
    public LiveCatalogProvider() {
        super(LiveCode.PRODUCT, LiveCode.class, Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    }
}
