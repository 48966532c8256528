package dev.errorcatalog.vod;

import dev.errorcatalog.spi.EnumCatalogProvider;
import org.apiguardian.api.API;

import java.util.Locale;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** The vod product module: its codes and its en and zh-CN bundles. */
@API(status = MAINTAINED, since = "0.1.0")
public final class VodCatalogProvider extends EnumCatalogProvider<VodCode> {
    public VodCatalogProvider() {
        super(VodCode.PRODUCT, VodCode.class, Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    }
}
