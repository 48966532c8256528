package dev.errorcatalog;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Whether a call may be sent again when its answer was lost or refused for a passing reason: what
 * {@link RetryAdvice#mayRetry(CallKind)} needs besides the failure.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public enum CallKind {
    /** A call that changes nothing ({@code DescribeKey}): repeating it is always safe. */
    READ,
    /**
     * A call that may change something ({@code CreateKey}): after a fault that may have come after the server carried
     * it out, repeating it may do it twice (two keys).
     */
    WRITE,
    /**
     * A write the caller made safe to repeat: it carries an idempotency token ({@code ClientToken}) the server
     * remembers, so a repeat is answered with the first call's result.
     */
    IDEMPOTENT_WRITE
}
