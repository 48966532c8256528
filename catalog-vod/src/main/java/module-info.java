/** The vod product module of the error catalog. */
module dev.errorcatalog.vod {
    requires transitive dev.errorcatalog.core;
    requires static transitive org.apiguardian.api;

    exports dev.errorcatalog.vod;

    provides dev.errorcatalog.spi.CatalogProvider with dev.errorcatalog.vod.VodCatalogProvider;
}
