package dev.errorcatalog;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Why an answer carries its retry advice, as {@link Resolution#origin()} says where its message came from: the entry
 * whose advice it is (the code itself, a common code of that name, or an ancestor whose advice covers its subcodes),
 * the rule of the data that gave it, and the text that rule read.
 *
 * @param advice    the advice
 * @param decidedBy the entry that advises, qualified: {@code live:LimitExceeded.RateLimitExceeded}
 * @param rule      the rule that gave it: one of the data's rules ({@code throttling}, {@code busy},
 *                  {@code retry-later}, {@code clock-skew}), {@code maintainers} for advice the data gives by hand, or
 *                  {@code module} for a product module that does not say
 * @param evidence  what the rule read, for people: {@code name: LimitExceeded.RateLimitExceeded ("RateLimit")}
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record RetryEvidence(RetryAdvice advice, String decidedBy, String rule, String evidence) {
    /** Rejects null components. */
    public RetryEvidence {
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** One line for people: {@code THROTTLED by rule throttling (name: ...) of live:LimitExceeded.RateLimitExceeded}. */
    public String describe() {
        return advice + " by rule " + rule + (evidence.isEmpty() ? "" : " (" + evidence + ")") + " of " + decidedBy;
    }
}
