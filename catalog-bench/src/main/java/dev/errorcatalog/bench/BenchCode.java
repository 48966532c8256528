package dev.errorcatalog.bench;

import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ProductId;

/** A code whose message takes arguments, which none of the real products' messages do. */
public enum BenchCode implements CodeDefinition {
    LIMIT_EXCEEDED__FILE_IDS("LimitExceeded.FileIds");

    public static final ProductId PRODUCT = ProductId.of("bench");

    private final ErrorCode code;

    BenchCode(String code) {
        this.code = ErrorCode.parse(code);
    }

    @Override
    public ProductId product() {
        return PRODUCT;
    }

    @Override
    public ErrorCode code() {
        return code;
    }
}
