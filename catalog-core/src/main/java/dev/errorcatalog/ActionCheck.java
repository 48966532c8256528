package dev.errorcatalog;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Whether the code of a failure is one its action's list names ({@link ProductActions#check}).
 *
 * @param code    the code, as given
 * @param action  the action the failure came from
 * @param listing what the lists say
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ActionCheck(String code, ApiAction action, Listing listing) {
    /** What a product's action lists say of a code and an action. */
    public enum Listing {
        /** The action's list names the code: an answer the API documents for it. */
        LISTED,
        /** A common code: any action may return it, listed or not. */
        COMMON,
        /**
         * The action has a list, and the code is not on it: the call may have gone to another product, API version or
         * endpoint than the one meant, or the lists are behind the API.
         */
        NOT_LISTED,
        /** The lists have no such action of the product at that version, or no list for it: nothing to check against. */
        UNKNOWN_ACTION
    }

    public ActionCheck {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(listing, "listing");
    }

    /** Whether the lists found nothing amiss: the code is listed for the action, or is a common code. */
    public boolean expected() {
        return listing == Listing.LISTED || listing == Listing.COMMON;
    }

    /**
     * What {@link Resolution#explain()} adds when the lists find something amiss:
     * {@code not listed for kms DescribeKey 2019-01-18: check the product, version and endpoint}; empty otherwise.
     */
    public String note() {
        return switch (listing) {
            case LISTED, COMMON -> "";
            case NOT_LISTED -> "not listed for " + action + ": check the product, version and endpoint";
            case UNKNOWN_ACTION -> "no list of " + action + " to check it against";
        };
    }
}
