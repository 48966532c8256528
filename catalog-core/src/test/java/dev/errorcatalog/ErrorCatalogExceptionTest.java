package dev.errorcatalog;

import dev.errorcatalog.demo.DemoCatalogProvider;
import dev.errorcatalog.demo.DemoCode;
import dev.errorcatalog.i18n.ErrorCatalogException;
import dev.errorcatalog.i18n.InvalidLanguageTagException;
import dev.errorcatalog.i18n.InvalidPatternException;
import dev.errorcatalog.i18n.Message;
import dev.errorcatalog.spi.EnumCatalogProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** One catch for the library's failures, and only for them. */
class ErrorCatalogExceptionTest {
    private final ErrorCatalog catalog = ErrorCatalog.builder().provider(new DemoCatalogProvider()).build();

    @Test
    void everyFailureOfTheLibraryHasTheOneRoot() {
        assertRoot(InvalidErrorCodeException.class, () -> catalog.resolve("demo", "Bad..Code", Locale.ENGLISH));
        assertRoot(UnknownProductException.class, () -> catalog.resolve("nope", "InternalError", Locale.ENGLISH));
        assertRoot(EnvelopeException.class, () -> ErrorEnvelope.parse("{"));
        assertRoot(InvalidLanguageTagException.class, () -> catalog.product("demo").resolve("InternalError", catalog.product("demo").locale("not a tag!")));
        assertRoot(InvalidPatternException.class, () -> Message.compile("Bad {brace", Locale.ENGLISH));
        assertRoot(MissingArgumentsException.class,
                () -> ErrorEnvelope.write(catalog.resolve(DemoCode.DEMO_ARGUMENT, Locale.ENGLISH), "r-1"));
        assertRoot(dev.errorcatalog.i18n.InvalidArgumentException.class, () -> catalog.resolve(DemoCode.DEMO_ARGUMENT, Locale.ENGLISH)
                .message(java.util.Map.of("max", "ten", "count", 2)));
        assertRoot(dev.errorcatalog.i18n.InvalidArgumentException.class, () -> ErrorEnvelope.write(
                catalog.resolve(DemoCode.DEMO_ARGUMENT, Locale.ENGLISH), java.util.Map.of("max", 1, "count", "two"), "r-3"));
        assertRoot(ApiErrorException.class, () -> {
            throw catalog.product("demo").failure(ApiError.of("InternalError", "boom", "r-2"), Locale.ENGLISH);
        });
        // codes that say they belong to another product: the provider is refused, so a strict catalog fails
        assertRoot(CatalogLoadException.class, () -> ErrorCatalog.builder()
                .provider(new EnumCatalogProvider<>(ProductId.of("other"), DemoCode.class, Locale.ENGLISH) {
                }).strict(true).build());
    }

    @Test
    void aProductClaimedTwiceIsNotAnUnknownProduct() {
        ErrorCatalog twice = ErrorCatalog.builder().provider(new DemoCatalogProvider()).provider(new OtherDemo()).build();
        DuplicateProductException e = assertThrows(DuplicateProductException.class,
                () -> twice.resolve("demo", "InternalError", Locale.ENGLISH));
        assertEquals("demo", e.product());
        assertEquals(true, e.getMessage().contains(OtherDemo.class.getName()), e.getMessage());
        assertEquals(false, e.getMessage().contains("unknown product"), e.getMessage());
    }

    @Test
    void programmingErrorsAreNotAmongThem() {
        RuntimeException npe = assertThrows(RuntimeException.class, () -> catalog.resolve("demo", (String) null, Locale.ENGLISH));
        assertEquals(false, npe instanceof ErrorCatalogException, npe.toString());
    }

    private static void assertRoot(Class<? extends ErrorCatalogException> type, Executable failing) {
        ErrorCatalogException e = assertThrows(ErrorCatalogException.class, failing);
        assertInstanceOf(type, e);
    }

    /** A second provider of {@code demo}, of equal standing. */
    public static final class OtherDemo extends EnumCatalogProvider<DemoCode> {
        public OtherDemo() {
            super(DemoCode.PRODUCT, DemoCode.class, Locale.ENGLISH);
        }
    }
}
