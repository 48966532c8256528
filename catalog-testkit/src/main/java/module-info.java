/** For a product module's own tests: the provider contract check ({@code ProviderContract}). */
module dev.errorcatalog.testkit {
    requires transitive dev.errorcatalog.core;
    requires static transitive org.apiguardian.api;

    exports dev.errorcatalog.testkit;
}
