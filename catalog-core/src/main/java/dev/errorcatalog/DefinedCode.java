package dev.errorcatalog;

import java.util.Objects;

/** The value {@link CodeDefinition#of} makes; callers see only the interface. */
record DefinedCode(ProductId product, ErrorCode code, CodeMetadata metadata) implements CodeDefinition {
    DefinedCode {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(metadata, "metadata");
    }
}
