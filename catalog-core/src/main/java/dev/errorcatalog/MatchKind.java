package dev.errorcatalog;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** Which step of the resolution order answered: the product's own code, the common code, a parent of either, or none. */
@API(status = MAINTAINED, since = "0.1.0")
public enum MatchKind {
    /** The product itself has the code ({@code vod:C}); for {@code common}, the common code. */
    EXACT,
    /** The product does not have the code, the common codes do ({@code common:C}). */
    COMMON,
    /** The product has an ancestor of the code ({@code vod:parent(C)}). */
    PARENT,
    /** The common codes have an ancestor of the code ({@code common:parent(C)}). */
    COMMON_PARENT,
    /** Nothing matched: the result answers with the code itself, or the server's own message when given. */
    NONE;

    /** Whether the entry found is for the very code asked for, in the product's scope or the common one. */
    public boolean isExactCode() {
        return this == EXACT || this == COMMON;
    }
}
