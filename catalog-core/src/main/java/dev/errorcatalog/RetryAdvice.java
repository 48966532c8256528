package dev.errorcatalog;

import dev.errorcatalog.i18n.InvalidValueException;
import org.apiguardian.api.API;

import java.time.Duration;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * What a caller may do about an error, as far as the catalog knows: {@link #mayRetry()} and, if so, how long to wait
 * ({@link #delay(int)}).
 */
@API(status = STABLE, since = "0.1.0")
public enum RetryAdvice {
    /** The caller is over a rate limit: retry later with backoff. */
    THROTTLED(true, Duration.ofSeconds(1), Duration.ofSeconds(30)),
    /** A passing fault on the server side: the same request may succeed when retried. */
    TRANSIENT(true, Duration.ofMillis(200), Duration.ofSeconds(5)),
    /**
     * The resource is busy with another task (a task running, an operation in progress, a lock): retry once its state
     * settles, with a longer back-off than throttling, and only a call that is safe to repeat.
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    BUSY(true, Duration.ofSeconds(5), Duration.ofSeconds(60)),
    /** The request's timestamp is too far from the server's clock: fix the clock or the timestamp, then retry. */
    CLOCK_SKEW(false, Duration.ZERO, Duration.ZERO),
    /** The same request will fail again: change the request, the credentials or the account first. */
    DO_NOT_RETRY(false, Duration.ZERO, Duration.ZERO),
    /** The catalog does not know; no advice is presented as fact. */
    UNKNOWN(false, Duration.ZERO, Duration.ZERO);

    private final boolean mayRetry;
    private final Duration first;
    private final Duration longest;

    RetryAdvice(boolean mayRetry, Duration first, Duration longest) {
        this.mayRetry = mayRetry;
        this.first = first;
        this.longest = longest;
    }

    /**
     * Whether sending the same request again, unchanged, may succeed: only after throttling, a transient fault or a
     * busy resource.
     * Clock skew is not: the clock must be fixed first, and the same request would fail the same way. Whether the
     * call may be repeated at all (a purchase may not, unless it carries an idempotency token) is
     * {@link #mayRetry(CallKind)}'s.
     */
    public boolean mayRetry() {
        return mayRetry;
    }

    /**
     * Whether the same call may be sent again, given what the call is ({@link CallKinds} says it of an action): after
     * throttling, always, as the server refused the call before carrying it out; after a transient fault or a busy
     * resource, only when repeating it is safe (a {@link CallKind#READ}, or an {@link CallKind#IDEMPOTENT_WRITE}), as
     * the fault may have come after the server carried out a write; after anything else, never.
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public boolean mayRetry(CallKind call) {
        return this == THROTTLED || mayRetry && java.util.Objects.requireNonNull(call, "call") != CallKind.WRITE;
    }

    /**
     * How long to wait before retry number {@code attempt} (1 for the first retry): doubling from 1 s up to 30 s after
     * throttling, from 200 ms up to 5 s after a transient fault, from 5 s up to 60 s for a busy resource; empty when
     * {@link #mayRetry()} is false. Add jitter
     * of your own when many clients may retry at once.
     *
     * @throws InvalidValueException when {@code attempt} is below 1
     */
    public Optional<Duration> delay(int attempt) {
        if (attempt < 1) {
            throw new InvalidValueException("RetryAdvice.delay(attempt)",
                    "attempt " + attempt + " is below 1 (the first retry is attempt 1)");
        }
        if (!mayRetry) {
            return Optional.empty();
        }
        // 2^(attempt-1), capped before it can overflow
        Duration d = first.multipliedBy(1L << Math.min(attempt - 1, 20));
        return Optional.of(d.compareTo(longest) > 0 ? longest : d);
    }
}
