package dev.errorcatalog.faulty;

/** Loaded by the tests with its class file version raised, as if built for a newer Java. */
public final class NewerJavaProvider extends FixedProvider {
    public NewerJavaProvider() {
        super("newer", "FailedOperation.Newer");
    }
}
