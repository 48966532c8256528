package dev.errorcatalog.cli;

import dev.errorcatalog.ApiError;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.Resolution;

import java.util.List;
import java.util.Optional;

/**
 * One answer to print: a resolution, the error a server sent when there was one, a note when the product answered
 * in another language than the one asked for, and the codes the input may have meant when it matched no code exactly.
 */
record Answer(Resolution resolution, Optional<ApiError> error, Optional<String> note, List<Suggestion> suggestions,
              List<ProductId> products) {
    /** Whether it stands for more than its own product: many products hold the code with the same text. */
    boolean shared() {
        return products.size() > 1;
    }

    /** A code the input may have meant: differing in case only, or by a small typo. */
    record Suggestion(String product, String code) {
        @Override
        public String toString() {
            return code + " (" + product + ")";
        }
    }
}
