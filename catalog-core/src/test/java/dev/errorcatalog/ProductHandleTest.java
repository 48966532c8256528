package dev.errorcatalog;

import dev.errorcatalog.demo.DemoCatalogProvider;
import dev.errorcatalog.demo.DemoCode;
import dev.errorcatalog.i18n.InvalidLanguageTagException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The product as a handle: the catalog keeps what concerns all products, the handle answers for one. */
class ProductHandleTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private final ErrorCatalog catalog = ErrorCatalog.builder().provider(new DemoCatalogProvider()).strict(true).build();

    @Test
    void theCatalogKeepsAtMostTwelvePublicMethods() {
        List<String> methods = Arrays.stream(ErrorCatalog.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::toGenericString).sorted().toList();
        assertTrue(methods.size() <= 12, methods.size() + " public methods: " + String.join("\n", methods));
    }

    @Test
    void aCatalogHasOneHandlePerProductNamedByTextOrId() {
        Product demo = catalog.product("demo");
        assertSame(demo, catalog.product(DemoCode.PRODUCT));
        assertSame(demo, catalog.product("demo"));
        assertEquals(DemoCode.PRODUCT, demo.id());
        assertEquals(List.of(Locale.ENGLISH, ZH), demo.locales());
        assertEquals(DemoCode.values().length, demo.codes().size());
        assertEquals(DemoCatalogProvider.class.getName(), demo.provider());
        assertTrue(demo.source().orElseThrow().contains("test-classes"), "where the provider class was loaded from: " + demo.source());
        assertEquals("Product[demo, " + DemoCatalogProvider.class.getName() + "]", demo.toString());
        assertEquals(ProductId.COMMON, catalog.product(ProductId.COMMON).id());
    }

    @Test
    void aProductNotInstalledIsRefusedNamingThoseThatAre() {
        UnknownProductException e = assertThrows(UnknownProductException.class, () -> catalog.product("cvm"));
        assertTrue(e.getMessage().contains("common") && e.getMessage().contains("demo"), e.getMessage());
    }

    @Test
    void theShortcutsAnswerAsTheHandleDoes() {
        Product demo = catalog.product("demo");
        assertSame(demo.resolve("FailedOperation.DemoBusy", ZH), catalog.resolve("demo", "FailedOperation.DemoBusy", ZH));
        assertSame(demo.message("FailedOperation.Nope", ZH), catalog.message("demo", "FailedOperation.Nope", ZH));
        assertEquals("操作失败：演示繁忙。", demo.message("FailedOperation.DemoBusy", Locale.CHINA));
    }

    @Test
    void choosingALocaleIsANamedStepStrictForTagsLenientForHeaders() {
        Product demo = catalog.product("demo");
        String browsers = "zh-CN;q=abc, !!!, zh;q=0.7";
        assertEquals(ZH, demo.localeOfHeader(browsers));
        InvalidLanguageTagException strict = assertThrows(InvalidLanguageTagException.class, () -> demo.locale(browsers));
        assertTrue(strict.getMessage().contains("zh-CN;q=abc"), strict.getMessage());
        assertEquals(ZH, demo.locale("zh-Hans-CN"));
        assertEquals(ZH, demo.locale(Locale.forLanguageTag("zh-SG")));
        assertEquals(Locale.ENGLISH, demo.locale(Locale.FRENCH));
        assertEquals(ZH, demo.locale(List.of(Locale.FRENCH, Locale.CHINA)));
    }

    @Test
    void aServersErrorBecomesTheExceptionOfTheCallThatGotIt() {
        ApiError sent = ApiError.of("FailedOperation.DemoBusy", "busy", "r-9");
        ApiErrorException e = catalog.product("demo").failure(sent, ZH);
        assertSame(sent, e.error());
        assertEquals("操作失败：演示繁忙。", e.resolution().message());
    }

    @Test
    void entriesAreTheProductsOwnCodesInTheClosestLocale() {
        List<Resolution> entries = catalog.product("demo").entries(Locale.CHINA);
        assertEquals(DemoCode.values().length, entries.size());
        assertTrue(entries.stream().allMatch(r -> r.locale().equals(ZH) && r.kind() == MatchKind.EXACT));
    }
}
