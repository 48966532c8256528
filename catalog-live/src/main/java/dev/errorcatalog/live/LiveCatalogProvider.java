package dev.errorcatalog.live;

import dev.errorcatalog.spi.EnumCatalogProvider;
import org.apiguardian.api.API;

import java.util.Locale;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** The live product module: its codes and its en and zh-CN bundles. */
@API(status = MAINTAINED, since = "0.1.0")
public final class LiveCatalogProvider extends EnumCatalogProvider<LiveCode> {
    public LiveCatalogProvider() {
        super(LiveCode.PRODUCT, LiveCode.class, Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    }
}
