/** Every product of the error catalog in one dependency: VOD, KMS, Live and legacy through their modules, the rest from this module's data. */
module dev.errorcatalog.all {
    requires transitive dev.errorcatalog.core;
    requires transitive dev.errorcatalog.vod;
    requires transitive dev.errorcatalog.kms;
    requires transitive dev.errorcatalog.live;
    requires transitive dev.errorcatalog.legacy;
    requires static transitive org.apiguardian.api;

    exports dev.errorcatalog.all;

    provides dev.errorcatalog.spi.ProductCollection with dev.errorcatalog.all.EveryProduct;
}
