/** The error catalog's API ({@code dev.errorcatalog}) and the interface product modules implement ({@code spi}). */
module dev.errorcatalog.core {
    requires transitive dev.errorcatalog.i18n;
    requires static transitive org.apiguardian.api;
    requires tools.jackson.core;

    exports dev.errorcatalog;
    exports dev.errorcatalog.spi;

    uses dev.errorcatalog.spi.CatalogProvider;
    uses dev.errorcatalog.spi.ProductCollection;
}
