/** The kms product module of the error catalog. */
module dev.errorcatalog.kms {
    requires transitive dev.errorcatalog.core;
    requires static transitive org.apiguardian.api;

    exports dev.errorcatalog.kms;

    provides dev.errorcatalog.spi.CatalogProvider with dev.errorcatalog.kms.KmsCatalogProvider;
}
