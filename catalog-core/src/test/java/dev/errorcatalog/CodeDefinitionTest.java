package dev.errorcatalog;

import dev.errorcatalog.demo.DemoCode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one constructor of a product's enum: metadata is optional, and at most one. */
class CodeDefinitionTest {
    @Test
    void aConstantWithoutMetadataHasNoneAndOneWithItKeepsIt() {
        assertEquals(CodeMetadata.NONE, CodeDefinition.forConstant("demo", "FailedOperation").metadata());
        CodeMetadata throttled = CodeMetadata.retry(RetryAdvice.THROTTLED);
        CodeDefinition d = CodeDefinition.forConstant("demo", "DemoLimit", throttled);
        assertEquals(throttled, d.metadata());
        assertEquals(ErrorCode.parse("DemoLimit"), d.code());
        assertEquals(ProductId.of("demo"), d.product());
        assertEquals(CodeMetadata.NONE, DemoCode.DEMO_ARGUMENT.metadata());
        assertEquals(RetryAdvice.THROTTLED, DemoCode.DEMO_LIMIT.metadata().retry());
    }

    @Test
    void moreThanOneMetadataIsRefusedNamingTheCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CodeDefinition.forConstant("demo", "DemoLimit", CodeMetadata.NONE, CodeMetadata.NONE));
        assertTrue(e.getMessage().contains("DemoLimit"), e.getMessage());
    }
}
