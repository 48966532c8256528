package dev.errorcatalog.faulty;

/** Its superclass is missing at run time. */
public final class MissingSuperProvider extends AbsentBase {
    public MissingSuperProvider() {
        super("missingsuper", "FailedOperation.MissingSuper");
    }
}
