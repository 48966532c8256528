package dev.errorcatalog.faulty;

public final class CommonClaimProvider extends FixedProvider {
    public CommonClaimProvider() {
        super("common", "FailedOperation.Common");
    }
}
