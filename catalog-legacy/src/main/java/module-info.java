/** The legacy product module of the error catalog. */
module dev.errorcatalog.legacy {
    requires transitive dev.errorcatalog.core;
    requires static transitive org.apiguardian.api;

    exports dev.errorcatalog.legacy;

    provides dev.errorcatalog.spi.CatalogProvider with dev.errorcatalog.legacy.LegacyCatalogProvider;
}
