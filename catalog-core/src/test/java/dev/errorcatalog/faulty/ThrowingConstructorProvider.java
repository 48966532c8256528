package dev.errorcatalog.faulty;

public final class ThrowingConstructorProvider extends FixedProvider {
    public ThrowingConstructorProvider() {
        super("ctor", "FailedOperation.Never");
        throw new IllegalStateException("constructor failed on purpose");
    }
}
