package com.example.acme;

import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.RetryAdvice;

/** The codes of the Acme product; ResourceNotFound and FailedOperation are categories the common codes have too. */
public enum AcmeCode implements CodeDefinition {
    FAILED_OPERATION__ANVIL_JAMMED("FailedOperation.AnvilJammed", CodeMetadata.retry(RetryAdvice.TRANSIENT)),
    RESOURCE_NOT_FOUND__ANVIL("ResourceNotFound.Anvil"),
    ACME_QUOTA_EXCEEDED("AcmeQuotaExceeded");

    public static final ProductId PRODUCT = ProductId.of("acme");

    private final ErrorCode code;
    private final CodeMetadata metadata;

    AcmeCode(String code) {
        this(code, CodeMetadata.NONE);
    }

    AcmeCode(String code, CodeMetadata metadata) {
        this.code = ErrorCode.parse(code);
        this.metadata = metadata;
    }

    @Override
    public ProductId product() {
        return PRODUCT;
    }

    @Override
    public ErrorCode code() {
        return code;
    }

    @Override
    public CodeMetadata metadata() {
        return metadata;
    }
}
