package dev.errorcatalog.legacy;

import dev.errorcatalog.spi.EnumCatalogProvider;
import org.apiguardian.api.API;

import java.util.Locale;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** The legacy product module: its codes and its en and zh-CN bundles. */
@API(status = MAINTAINED, since = "0.1.0")
public final class LegacyCatalogProvider extends EnumCatalogProvider<LegacyCode> {
    public LegacyCatalogProvider() {
        super(LegacyCode.PRODUCT, LegacyCode.class, Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    }
}
