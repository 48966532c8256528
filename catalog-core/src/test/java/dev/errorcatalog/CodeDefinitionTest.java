package dev.errorcatalog;

import dev.errorcatalog.i18n.InvalidValueException;
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
    void aHelpUrlThatIsNotAUriIsRefusedNamingIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> CodeMetadata.NONE.withHelpUrl("a b\u0007"));
        assertEquals("CodeMetadata.withHelpUrl(url)", e.where());
        assertTrue(e.getMessage().contains("'a b\\u0007' is not a URI"), e.getMessage());
    }

    @Test
    void moreThanOneMetadataIsRefusedNamingTheCode() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> CodeDefinition.forConstant("demo", "DemoLimit", CodeMetadata.NONE, CodeMetadata.NONE));
        assertTrue(e.getMessage().contains("DemoLimit"), e.getMessage());
    }
}
