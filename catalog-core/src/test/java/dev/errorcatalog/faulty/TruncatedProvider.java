package dev.errorcatalog.faulty;

/** Loaded by the tests from half of its class file. */
public final class TruncatedProvider extends FixedProvider {
    public TruncatedProvider() {
        super("truncated", "FailedOperation.Truncated");
    }
}
