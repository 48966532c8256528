package dev.errorcatalog.bench;

import dev.errorcatalog.CodeConstant;
import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.ProductId;

/** A code whose message takes arguments, which none of the real products' messages do. */
public enum BenchCode implements CodeConstant {
    LIMIT_EXCEEDED__FILE_IDS("LimitExceeded.FileIds");

    public static final ProductId PRODUCT = ProductId.of("bench");

    private final CodeDefinition definition;

    BenchCode(String code) {
        this.definition = CodeDefinition.of("bench", code, CodeMetadata.NONE);
    }

    @Override
    public CodeDefinition definition() {
        return definition;
    }
}
