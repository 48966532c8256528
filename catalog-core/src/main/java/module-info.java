/** The error catalog's API ({@code dev.errorcatalog}) and the interface product modules implement ({@code spi}). */
// the testkit is compiled after this module, so javac cannot see the target of the qualified export yet
@SuppressWarnings("module")
module dev.errorcatalog.core {
    requires transitive dev.errorcatalog.i18n;
    requires static transitive org.apiguardian.api;
    requires tools.jackson.core;

    exports dev.errorcatalog;
    exports dev.errorcatalog.spi;
    // how a provider's bundle is read and its failures described, shared with the testkit's contract: not the API
    exports dev.errorcatalog.internal to dev.errorcatalog.testkit;

    uses dev.errorcatalog.spi.CatalogProvider;
    uses dev.errorcatalog.spi.ProductCollection;
}
