package dev.errorcatalog.spring;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.spring.shop.ShopCatalogProvider;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.StaticMessageSource;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The catalog as a message source, as Spring's other message sources behave. */
class ErrorCatalogMessageSourceTest {
    private static final ErrorCatalog CATALOG = ErrorCatalog.load();
    private final ErrorCatalogMessageSource source = new ErrorCatalogMessageSource(CATALOG, Locale.SIMPLIFIED_CHINESE);

    @Test
    void aCatalogCodeInEitherLanguageAndTheDefaultLocaleForNone() {
        assertEquals("The CMK has been disabled.",
                source.getMessage("errorcatalog.kms.ResourceUnavailable.CmkDisabled", null, Locale.US));
        assertEquals("CMK已被禁用。", source.getMessage("errorcatalog.kms.ResourceUnavailable.CmkDisabled", null, null));
        assertEquals(CATALOG.resolve("vod", "InvalidParameterValue.FileIdsTooMany", Locale.ENGLISH).message(),
                source.getMessage(ErrorCatalogMessageSource.codeOf("vod", "InvalidParameterValue.FileIdsTooMany"), null,
                        Locale.ENGLISH));
        // a common code asked for in a product answers too: the catalog holds an entry for it
        assertEquals("Internal error.", source.getMessage("errorcatalog.kms.InternalError", null, Locale.ENGLISH));
    }

    @Test
    void aCodeTheCatalogDoesNotAnswerIsNotFound() {
        for (String code : new String[] {"errorcatalog.kms.ResourceUnavailable.NoSuchThing", "errorcatalog.cvm.InternalError",
                "errorcatalog.kms.not a code", "errorcatalog.kms", "errorcatalog.", "other.kms.InternalError"}) {
            assertEquals("default", source.getMessage(code, null, "default", Locale.ENGLISH), code);
            assertNull(source.getMessage(code, null, null, Locale.ENGLISH), code);
            assertThrows(NoSuchMessageException.class, () -> source.getMessage(code, null, Locale.ENGLISH), code);
        }
        assertEquals("given", source.getMessage(new DefaultMessageSourceResolvable(
                new String[] {"errorcatalog.kms.No.Such"}, "given"), Locale.ENGLISH));
        assertEquals("资源不存在。", source.getMessage(new DefaultMessageSourceResolvable(
                new String[] {"errorcatalog.kms.No.Such", "errorcatalog.kms.ResourceNotFound"}, "given"), Locale.CHINA));
    }

    @Test
    void withoutAParentADefaultMessageIsRenderedWithItsArgumentsAsSpringsOwnSourcesDo() {
        Object[] five = {5};
        assertEquals("At most 5", source.getMessage("app.max", five, "At most {0}", Locale.ENGLISH));
        assertEquals("At most 5", source.getMessage("app.max", five, "At most {0}", null), "a null locale as well");
        assertEquals("At most {0}", source.getMessage("app.max", null, "At most {0}", Locale.ENGLISH),
                "without arguments the text is kept as it is");
        assertEquals("At most 5", source.getMessage(
                new DefaultMessageSourceResolvable(new String[] {"app.max"}, five, "At most {0}"), Locale.ENGLISH));
        DefaultMessageSourceResolvable asWritten = new DefaultMessageSourceResolvable(new String[] {"app.max"}, five,
                "At most {0}") {
            @Override
            public boolean shouldRenderDefaultMessage() {
                return false;
            }
        };
        assertEquals("At most {0}", source.getMessage(asWritten, Locale.ENGLISH));
    }

    @Test
    void namedArgumentsComeAsAMapAndTheParentIsAskedForTheRest() {
        // no shipped code takes arguments; the made-up shop product has one that does
        ErrorCatalogMessageSource shop = new ErrorCatalogMessageSource(
                ErrorCatalog.builder().provider(new ShopCatalogProvider()).build(), Locale.ENGLISH);
        assertEquals("At most 1,000 items in one order.", shop.getMessage("errorcatalog.shop.InvalidParameterValue.TooManyItems",
                new Object[] {Map.of("max", 1000)}, Locale.ENGLISH));
        assertEquals("一个订单最多 5 件商品。", shop.getMessage("errorcatalog.shop.InvalidParameterValue.TooManyItems",
                new Object[] {Map.of("max", 5)}, Locale.SIMPLIFIED_CHINESE));

        StaticMessageSource parent = new StaticMessageSource();
        parent.addMessage("app.greeting", Locale.ENGLISH, "hello");
        source.setParentMessageSource(parent);
        assertEquals("hello", source.getMessage("app.greeting", null, Locale.ENGLISH));
    }
}
