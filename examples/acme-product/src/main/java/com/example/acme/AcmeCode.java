package com.example.acme;

import dev.errorcatalog.CodeConstant;
import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.RetryAdvice;

/** The codes of the Acme product; ResourceNotFound and FailedOperation are categories the common codes have too. */
public enum AcmeCode implements CodeConstant {
    FAILED_OPERATION__ANVIL_JAMMED("FailedOperation.AnvilJammed", CodeMetadata.retry(RetryAdvice.TRANSIENT)),
    RESOURCE_NOT_FOUND__ANVIL("ResourceNotFound.Anvil"),
    ACME_QUOTA_EXCEEDED("AcmeQuotaExceeded");

    /** The product id, {@code acme}. */
    public static final ProductId PRODUCT = ProductId.of("acme");

    private final CodeDefinition definition;

    AcmeCode(String code, CodeMetadata... metadata) {
        this.definition = CodeDefinition.forConstant("acme", code, metadata);
    }

    @Override
    public CodeDefinition definition() {
        return definition;
    }
}
