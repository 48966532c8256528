package dev.errorcatalog.spring.shop;

import dev.errorcatalog.spi.EnumCatalogProvider;

import java.util.Locale;

/** The made-up product's provider; given to a catalog builder, not discovered. */
public final class ShopCatalogProvider extends EnumCatalogProvider<ShopCode> {
    /** The provider. */
    public ShopCatalogProvider() {
        super(dev.errorcatalog.ProductId.of("shop"), ShopCode.class, Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    }
}
