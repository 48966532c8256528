package dev.errorcatalog.spring.shop;

import dev.errorcatalog.CodeConstant;
import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;

/** A made-up product for these tests: a message with an argument and a help page, which no shipped code has. */
public enum ShopCode implements CodeConstant {
    INVALID_PARAMETER_VALUE__TOO_MANY_ITEMS("InvalidParameterValue.TooManyItems",
            CodeMetadata.NONE.withHelpUrl("https://example.com/shop/too-many-items"));

    private final CodeDefinition definition;

    ShopCode(String code, CodeMetadata metadata) {
        this.definition = CodeDefinition.of("shop", code, metadata);
    }

    @Override
    public CodeDefinition definition() {
        return definition;
    }
}
