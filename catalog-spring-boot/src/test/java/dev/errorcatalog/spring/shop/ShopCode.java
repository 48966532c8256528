package dev.errorcatalog.spring.shop;

import dev.errorcatalog.CodeConstant;
import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.RetryAdvice;

/**
 * A made-up product for these tests: a message with an argument and a help page, which no shipped code has; and
 * retry advice in categories whose status says otherwise (a busy resource under {@code FailedOperation}, a rate limit
 * under the quota category {@code LimitExceeded}).
 */
public enum ShopCode implements CodeConstant {
    INVALID_PARAMETER_VALUE__TOO_MANY_ITEMS("InvalidParameterValue.TooManyItems",
            CodeMetadata.NONE.withHelpUrl("https://example.com/shop/too-many-items")),
    FAILED_OPERATION__STOCKTAKE_RUNNING("FailedOperation.StocktakeRunning", CodeMetadata.retry(RetryAdvice.BUSY)),
    LIMIT_EXCEEDED__ORDER_RATE("LimitExceeded.OrderRate", CodeMetadata.retry(RetryAdvice.THROTTLED));

    private final CodeDefinition definition;

    ShopCode(String code, CodeMetadata metadata) {
        this.definition = CodeDefinition.of("shop", code, metadata);
    }

    @Override
    public CodeDefinition definition() {
        return definition;
    }
}
