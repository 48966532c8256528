/** The live product module of the error catalog. */
module dev.errorcatalog.live {
    requires transitive dev.errorcatalog.core;
    requires static transitive org.apiguardian.api;

    exports dev.errorcatalog.live;

    provides dev.errorcatalog.spi.CatalogProvider with dev.errorcatalog.live.LiveCatalogProvider;
}
