package dev.errorcatalog.cli;

import dev.errorcatalog.CodeConstant;
import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.RetryAdvice;

/**
 * A test product whose provenance file (test resources, {@code META-INF/errorcatalog/evidence/}) gives evidence for
 * one code's advice, none for another's, and corrects one code's English text.
 */
public enum EvidenceCode implements CodeConstant {
    LIMIT_EXCEEDED__EVIDENCE_RATE("LimitExceeded.EvidenceRate", CodeMetadata.retry(RetryAdvice.THROTTLED).coveringSubcodes()),
    RESOURCE_IN_USE__EVIDENCE_TASK("ResourceInUse.EvidenceTask", CodeMetadata.retry(RetryAdvice.BUSY)),
    FAILED_OPERATION__EVIDENCE_FIXED("FailedOperation.EvidenceFixed");

    public static final ProductId PRODUCT = ProductId.of("evidence");

    private final CodeDefinition definition;

    EvidenceCode(String code, CodeMetadata... metadata) {
        this.definition = CodeDefinition.forConstant("evidence", code, metadata);
    }

    @Override
    public CodeDefinition definition() {
        return definition;
    }
}
