package dev.errorcatalog;

/** What a caller may do about an error, as far as the catalog knows. */
public enum RetryAdvice {
    /** The caller is over a rate limit: retry later with backoff. */
    THROTTLED,
    /** A passing fault on the server side: the same request may succeed when retried. */
    TRANSIENT,
    /** The request's timestamp is too far from the server's clock: fix the clock or the timestamp, then retry. */
    CLOCK_SKEW,
    /** The same request will fail again: change the request, the credentials or the account first. */
    DO_NOT_RETRY,
    /** The catalog does not know; no advice is presented as fact. */
    UNKNOWN
}
