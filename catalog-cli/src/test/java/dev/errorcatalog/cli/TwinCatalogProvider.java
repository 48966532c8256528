package dev.errorcatalog.cli;

import dev.errorcatalog.spi.EnumCatalogProvider;

import java.util.Locale;

/** The provider of {@link TwinCode}; given to a catalog by hand, never discovered, so no other test sees it. */
public final class TwinCatalogProvider extends EnumCatalogProvider<TwinCode> {
    public TwinCatalogProvider() {
        super(TwinCode.PRODUCT, TwinCode.class, Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    }
}
