package dev.errorcatalog.cli;

import dev.errorcatalog.CodeConstant;
import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.RetryAdvice;

/**
 * A second test product with {@link EvidenceCode}'s codes, texts and advice, whose provenance file
 * ({@code META-INF/errorcatalog/twin/}) gives other evidence for LimitExceeded.EvidenceRate's advice and another reason
 * for the same correction: answers that differ only there are not one answer.
 */
public enum TwinCode implements CodeConstant {
    LIMIT_EXCEEDED__EVIDENCE_RATE("LimitExceeded.EvidenceRate", CodeMetadata.retry(RetryAdvice.THROTTLED).coveringSubcodes()),
    RESOURCE_IN_USE__EVIDENCE_TASK("ResourceInUse.EvidenceTask", CodeMetadata.retry(RetryAdvice.BUSY)),
    FAILED_OPERATION__EVIDENCE_FIXED("FailedOperation.EvidenceFixed");

    public static final ProductId PRODUCT = ProductId.of("twin");

    private final CodeDefinition definition;

    TwinCode(String code, CodeMetadata... metadata) {
        this.definition = CodeDefinition.forConstant("twin", code, metadata);
    }

    @Override
    public CodeDefinition definition() {
        return definition;
    }
}
