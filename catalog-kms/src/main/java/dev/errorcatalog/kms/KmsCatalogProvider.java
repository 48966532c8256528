package dev.errorcatalog.kms;

import dev.errorcatalog.spi.EnumCatalogProvider;

import java.util.Locale;

/** The kms product module: its codes and its en and zh-CN bundles. */
public final class KmsCatalogProvider extends EnumCatalogProvider<KmsCode> {
    public KmsCatalogProvider() {
        super(KmsCode.PRODUCT, KmsCode.class, Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    }
}
