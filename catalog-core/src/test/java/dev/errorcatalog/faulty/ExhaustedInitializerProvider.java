package dev.errorcatalog.faulty;

/** A provider whose class initializer runs out of memory, which reaches its creator as it is, unwrapped. */
public final class ExhaustedInitializerProvider extends FixedProvider {
    private static final String ID = exhausted();

    public ExhaustedInitializerProvider() {
        super(ID, "FailedOperation.Never");
    }

    private static String exhausted() {
        throw new OutOfMemoryError("class initializer exhausted on purpose");
    }
}
