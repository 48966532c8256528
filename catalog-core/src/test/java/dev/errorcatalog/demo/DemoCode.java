package dev.errorcatalog.demo;

import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.RetryAdvice;

/** A small product for core's own tests: overrides a common code, adds subcodes under common categories. */
public enum DemoCode implements CodeDefinition {
    FAILED_OPERATION("FailedOperation"),
    FAILED_OPERATION__DEMO_BUSY("FailedOperation.DemoBusy", CodeMetadata.retry(RetryAdvice.TRANSIENT)),
    INVALID_PARAMETER_VALUE__DEMO_SIZE("InvalidParameterValue.DemoSize"),
    RESOURCE_UNAVAILABLE__DEMO_DISABLED("ResourceUnavailable.DemoDisabled", CodeMetadata.retry(RetryAdvice.DO_NOT_RETRY)),
    DEMO_LIMIT("DemoLimit", CodeMetadata.retry(RetryAdvice.THROTTLED).coveringSubcodes()
            .withHelpUrl("https://example.com/demo-limit")),
    DEMO_LIMIT__PER_USER("DemoLimit.PerUser"),
    DEMO_ARGUMENT("DemoArgument");

    public static final ProductId PRODUCT = ProductId.of("demo");

    private final ErrorCode code;
    private final CodeMetadata metadata;

    DemoCode(String code) {
        this(code, CodeMetadata.NONE);
    }

    DemoCode(String code, CodeMetadata metadata) {
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
