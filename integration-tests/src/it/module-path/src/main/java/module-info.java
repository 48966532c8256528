module consumer {
    requires dev.errorcatalog.kms;
    exports consumer;
}
