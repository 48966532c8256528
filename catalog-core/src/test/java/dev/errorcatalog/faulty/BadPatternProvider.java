package dev.errorcatalog.faulty;

public final class BadPatternProvider extends FixedProvider {
    public BadPatternProvider() {
        super("badpattern", "FailedOperation.GoodOne", "FailedOperation.BadOne");
    }
}
