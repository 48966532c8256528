package dev.errorcatalog.cli;

import dev.errorcatalog.ApiError;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.Resolution;

import java.util.List;
import java.util.Optional;

/**
 * One answer to print: a resolution, the error a server sent when there was one, a note when the product answered
 * in another language than the one asked for, the codes the input may have meant when it matched no code exactly,
 * the products that also hold the very code but are not asked (an API 2.0 body is legacy's to answer), and the
 * product given with --product, if one was.
 */
record Answer(Resolution resolution, Optional<ApiError> error, Optional<String> note, List<Suggestion> suggestions,
              List<ProductId> products, List<ProductId> alsoIn, Optional<String> given) {
    /** Whether it stands for more than its own product: many products hold the code with the same text. */
    boolean shared() {
        return products.size() > 1;
    }

    /** Whether no product in scope holds the very code asked for: what is shown is a fallback, or nothing. */
    boolean miss() {
        return !resolution.kind().isExactCode();
    }

    /**
     * What a miss is, in words, for the line that leads its answer: {@code X: no product has this code; did you mean
     * Y (kms)?}. Not yet made printable: each format quotes it.
     */
    String missWords() {
        String code = resolution.requested();
        String where = given.map(p -> ": not a code of " + p).orElse(": no product has this code");
        String meant = suggestions.isEmpty() ? "" : "; did you mean " + suggestions.stream().map(Suggestion::toString)
                .collect(java.util.stream.Collectors.joining(", ")) + "?";
        return code + where + meant;
    }

    /** Why a code is suggested, the strongest reason first. */
    enum Why {
        /** The very code, in a product outside the one given. */
        OTHER_PRODUCT,
        /** The same code but for case. */
        CASE,
        /** Within two edits. */
        TYPO,
        /** A code whose last parts are what was typed ({@code CmkDisabled} for {@code ResourceUnavailable.CmkDisabled}). */
        ENDING
    }

    /** A code the input may have meant, the product that holds it, and why it is suggested. */
    record Suggestion(String product, String code, Why why) {
        @Override
        public String toString() {
            return code + (why == Why.OTHER_PRODUCT ? " (" + product + " has this very code)" : " (" + product + ")");
        }
    }
}
