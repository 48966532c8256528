package dev.errorcatalog;

import org.apiguardian.api.API;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Whether a failed call is retried, and why ({@link RetryPredicate#decide}): the failure's advice and what the call is.
 *
 * @param advice what the failure's code advises
 * @param action the action the failure came from, when the failure says ({@link Resolution#action()}, or the SDK
 *               bridge's reading of the stack trace)
 * @param call   what the call is, by {@code basis}
 * @param basis  who said what the call is
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record RetryDecision(RetryAdvice advice, Optional<ApiAction> action, CallKind call, Basis basis) {
    /** Who said what the call is. */
    public enum Basis {
        /** The caller ({@link RetryPredicate#forCall}): it knows the call, and whether it carries an idempotency token. */
        CALLER,
        /** The rule over the action's name ({@link CallKinds}). */
        ACTION,
        /** Nothing: no action is known, so the call is taken as a write, which is never repeated blindly. */
        NO_ACTION
    }

    public RetryDecision {
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * The decision when nobody but the failure says what the call is: the kind of its action by {@code kinds}, or,
     * with no action known, a write.
     */
    public static RetryDecision of(RetryAdvice advice, Optional<ApiAction> action, CallKinds kinds) {
        Objects.requireNonNull(kinds, "kinds");
        return action.isPresent() ? new RetryDecision(advice, action, kinds.kindOf(action.get()), Basis.ACTION)
                : new RetryDecision(advice, action, CallKind.WRITE, Basis.NO_ACTION);
    }

    /** Whether the call is sent again: {@link RetryAdvice#mayRetry(CallKind)}. */
    public boolean retry() {
        return advice.mayRetry(call);
    }

    /** How long to wait before retry number {@code attempt}; empty when the call is not retried. */
    public Optional<Duration> delay(int attempt) {
        Optional<Duration> delay = advice.delay(attempt);
        return retry() ? delay : Optional.empty();
    }

    /** {@code retry=TRANSIENT call=READ (kms DescribeKey 2019-01-18): retried}, for a log line. */
    @Override
    public String toString() {
        return "retry=" + advice + " call=" + call + action.map(a -> " (" + a + ")").orElse(basis == Basis.CALLER ? " (the caller's)" : "")
                + ": " + (retry() ? "retried" : "not retried");
    }
}
