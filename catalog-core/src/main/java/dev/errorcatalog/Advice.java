package dev.errorcatalog;

import java.util.Optional;

/**
 * Retry advice with the entry that gives it, held by an answer in place of the bare advice (so the answer stays as
 * small), so that it can say why: {@link Resolution#retryEvidence()}. One instance per advising entry of a table.
 */
record Advice(RetryAdvice retry, CatalogEntry from) {
    static final Advice NONE = new Advice(RetryAdvice.UNKNOWN, null);

    /** Empty for no advice; else what the advising entry's provenance says of it, or that its module does not say. */
    Optional<RetryEvidence> evidence() {
        return from == null || retry == RetryAdvice.UNKNOWN ? Optional.empty() : Optional.of(from.retryEvidence(retry));
    }
}
