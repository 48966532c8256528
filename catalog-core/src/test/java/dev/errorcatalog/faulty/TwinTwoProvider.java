package dev.errorcatalog.faulty;

public final class TwinTwoProvider extends FixedProvider {
    public TwinTwoProvider() {
        super("twin", "FailedOperation.Two");
    }
}
