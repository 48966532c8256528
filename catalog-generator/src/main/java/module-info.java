/** The generator of product modules from the Tencent Cloud SDKs' error-code lists. */
module dev.errorcatalog.generator {
    requires transitive dev.errorcatalog.core;
    requires static transitive org.apiguardian.api;
    requires tools.jackson.core;

    exports dev.errorcatalog.generator;
}
