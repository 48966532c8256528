package dev.errorcatalog.faulty;

public final class TwinOneProvider extends FixedProvider {
    public TwinOneProvider() {
        super("twin", "FailedOperation.One");
    }
}
