package dev.errorcatalog.cli;

import dev.errorcatalog.spi.EnumCatalogProvider;

import java.util.Locale;

/** The provider of {@link HostileCode}; given to a catalog by hand, never discovered, so no other test sees it. */
public final class HostileCatalogProvider extends EnumCatalogProvider<HostileCode> {
    public HostileCatalogProvider() {
        super(HostileCode.PRODUCT, HostileCode.class, Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    }
}
