package dev.errorcatalog.kms;

import dev.errorcatalog.spi.EnumCatalogProvider;
import org.apiguardian.api.API;

import java.util.Locale;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** The kms product module: its codes and its en and zh-CN bundles. */
@API(status = MAINTAINED, since = "0.1.0")
public final class KmsCatalogProvider extends EnumCatalogProvider<KmsCode> {
    public KmsCatalogProvider() {
        super(KmsCode.PRODUCT, KmsCode.class, Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    }
}
