package dev.errorcatalog.faulty;

public final class MalformedBundleProvider extends FixedProvider {
    public MalformedBundleProvider() {
        super("malformed", "FailedOperation.Malformed");
    }
}
