package dev.errorcatalog;

import dev.errorcatalog.spi.EnumCatalogProvider;

import java.util.Locale;

/** The common codes' own provider: always registered by core, never through the service loader. */
final class CommonCatalogProvider extends EnumCatalogProvider<CommonCode> {
    CommonCatalogProvider() {
        super(ProductId.COMMON, CommonCode.class, Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    }
}
