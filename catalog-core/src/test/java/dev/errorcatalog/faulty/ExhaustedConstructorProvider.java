package dev.errorcatalog.faulty;

/** A provider whose constructor runs out of memory: an error no discovery should swallow. */
public final class ExhaustedConstructorProvider extends FixedProvider {
    public ExhaustedConstructorProvider() {
        super("exhausted", "FailedOperation.Never");
        throw new OutOfMemoryError("constructor exhausted on purpose");
    }
}
