package com.example.acme;

import dev.errorcatalog.spi.EnumCatalogProvider;

import java.util.Locale;

public final class AcmeCatalogProvider extends EnumCatalogProvider<AcmeCode> {
    public AcmeCatalogProvider() {
        super(AcmeCode.PRODUCT, AcmeCode.class, Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.JAPANESE);
    }
}
