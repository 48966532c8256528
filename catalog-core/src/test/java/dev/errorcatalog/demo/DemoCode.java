package dev.errorcatalog.demo;

import dev.errorcatalog.CodeConstant;
import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.RetryAdvice;

/** A small product for core's own tests: overrides a common code, adds subcodes under common categories. */
public enum DemoCode implements CodeConstant {
    FAILED_OPERATION("FailedOperation"),
    FAILED_OPERATION__DEMO_BUSY("FailedOperation.DemoBusy", CodeMetadata.retry(RetryAdvice.TRANSIENT)),
    INVALID_PARAMETER_VALUE__DEMO_SIZE("InvalidParameterValue.DemoSize"),
    RESOURCE_UNAVAILABLE__DEMO_DISABLED("ResourceUnavailable.DemoDisabled", CodeMetadata.retry(RetryAdvice.DO_NOT_RETRY)),
    DEMO_LIMIT("DemoLimit", CodeMetadata.retry(RetryAdvice.THROTTLED).coveringSubcodes()
            .withHelpUrl("https://example.com/demo-limit")),
    DEMO_LIMIT__PER_USER("DemoLimit.PerUser"),
    DEMO_ARGUMENT("DemoArgument");

    /** The product id, {@code demo}. */
    public static final ProductId PRODUCT = ProductId.of("demo");

    private final CodeDefinition definition;

    DemoCode(String code, CodeMetadata... metadata) {
        this.definition = CodeDefinition.forConstant("demo", code, metadata);
    }

    @Override
    public CodeDefinition definition() {
        return definition;
    }
}
