package dev.errorcatalog.faulty;

public final class MissingBundleProvider extends FixedProvider {
    public MissingBundleProvider() {
        super("nozh", "FailedOperation.NoZh");
    }
}
