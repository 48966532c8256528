package dev.errorcatalog.cli;

import dev.errorcatalog.CodeConstant;
import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.RetryAdvice;

/**
 * A test product whose every text (test resources, {@code META-INF/errorcatalog/hostile/}) holds markup and script: a
 * page that shows them must show them as text ({@code SiteTest}, {@code SiteBrowserIT}).
 */
public enum HostileCode implements CodeConstant {
    FAILED_OPERATION__SCRIPT_TEXT("FailedOperation.ScriptText"),
    LIMIT_EXCEEDED__SCRIPT_EVIDENCE("LimitExceeded.ScriptEvidence", CodeMetadata.retry(RetryAdvice.THROTTLED));

    public static final ProductId PRODUCT = ProductId.of("hostile");

    private final CodeDefinition definition;

    HostileCode(String code, CodeMetadata... metadata) {
        this.definition = CodeDefinition.forConstant("hostile", code, metadata);
    }

    @Override
    public CodeDefinition definition() {
        return definition;
    }
}
