package dev.errorcatalog;

import dev.errorcatalog.demo.DemoCatalogProvider;
import dev.errorcatalog.demo.DemoCode;
import dev.errorcatalog.i18n.InvalidLanguageTagException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a service has in hand: an Accept-Language header, a servlet request's locales, a ProductId. */
class ServiceCallerApiTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private final ErrorCatalog catalog = ErrorCatalog.builder().provider(new DemoCatalogProvider()).strict(true).build();
    private final ApiError busy = ApiError.of("FailedOperation.DemoBusy", "busy", "r-1");

    @Test
    void aServersErrorIsResolvedForAnAcceptLanguageHeader() {
        Resolution r = catalog.product("demo").resolve(busy, catalog.product("demo").localeOfHeader("zh-CN,zh;q=0.9,en;q=0.8"));
        assertEquals("操作失败：演示繁忙。", r.message());
        assertEquals(ZH, r.locale());
        assertEquals(r.message(), catalog.product(DemoCode.PRODUCT).resolve(busy, catalog.product(DemoCode.PRODUCT).localeOfHeader("zh-CN")).message());
    }

    @Test
    void aBrowsersHeaderNeverThrowsMalformedItemsAreSkipped() {
        assertEquals(ZH, catalog.product("demo").localeOfHeader("en;q=0.1, zh-CN;q=abc, !!!, zh;q=0.9"));
        assertEquals(Locale.ENGLISH, catalog.product("demo").localeOfHeader("not a tag at all!"), "nothing usable: the default");
        assertEquals(ZH, catalog.product("demo").resolve(busy, catalog.product("demo").localeOfHeader("x y z, zh")).locale());
        // a request without the header: getHeader("Accept-Language") is null
        assertEquals(Locale.ENGLISH, catalog.product("demo").localeOfHeader(null));
        assertEquals(Locale.ENGLISH, catalog.product("demo").resolve(busy, catalog.product("demo").localeOfHeader((String) null)).locale());
        // the text forms named `locale` stay strict
        assertEquals("'not a tag at all!' is not a language tag: ill-formed at index 0 (expected BCP 47 such as en, zh-CN or "
                        + "zh-Hans-CN, or an Accept-Language list such as 'zh-CN, en;q=0.8')",
                assertThrows(InvalidLanguageTagException.class,
                        () -> catalog.product("demo").locale("not a tag at all!")).getMessage());
    }

    @Test
    void aServletRequestsLocalesAreNegotiatedInOrder() {
        List<Locale> requestLocales = List.of(Locale.FRENCH, Locale.TRADITIONAL_CHINESE, Locale.forLanguageTag("zh-SG"));
        assertEquals(ZH, catalog.product("demo").locale(requestLocales));
        assertEquals(ZH, catalog.product(DemoCode.PRODUCT).locale(requestLocales));
        assertEquals("操作失败：演示繁忙。", catalog.product("demo").resolve("FailedOperation.DemoBusy", catalog.product("demo").locale(requestLocales)).message());
        assertEquals(Locale.ENGLISH, catalog.product("demo").locale(List.of()));
    }

    @Test
    void aProductIdNamesAProductWhereverTextDoes() {
        ProductId demo = DemoCode.PRODUCT;
        assertSame(catalog.resolve("demo", "FailedOperation.DemoBusy", ZH), catalog.product(demo).resolve("FailedOperation.DemoBusy", ZH));
        assertSame(catalog.product("demo").resolve("FailedOperation.DemoBusy", catalog.product("demo").locale("zh")), catalog.product(demo).resolve("FailedOperation.DemoBusy", catalog.product(demo).locale("zh")));
        assertEquals(catalog.product("demo").resolve(busy, ZH).explain(), catalog.product(demo).resolve(busy, ZH).explain());
        assertEquals(ZH, catalog.product(demo).locale("zh-SG"));
        assertEquals(ZH, catalog.product(demo).locale(Locale.CHINA));
        assertEquals(catalog.product("demo").codes(), catalog.product(demo).codes());
        assertEquals(catalog.product("demo").provenance(), catalog.product(demo).provenance());
        assertEquals(catalog.product("demo").entries(ZH).size(), catalog.product(demo).entries(ZH).size());
        assertEquals(true, catalog.products().contains(demo));
        assertEquals(false, catalog.products().contains(ProductId.of("nope")));
    }

    @Test
    void theLocaleOfAServersOwnMessageIsTheLanguageItIsWrittenIn() {
        Resolution zhServer = catalog.product("demo").resolve(ApiError.of("NoSuchCategory.AtAll", "找不到资源", "r-2"), Locale.ENGLISH);
        assertEquals(Source.Kind.SERVER, zhServer.origin().kind());
        assertEquals("找不到资源", zhServer.message());
        assertEquals(ZH, zhServer.locale());
        Resolution enServer = catalog.product("demo").resolve(ApiError.of("NoSuchCategory.AtAll", "No such thing", "r-3"), ZH);
        assertEquals(Locale.ENGLISH, enServer.locale());
        Resolution digits = catalog.product("demo").resolve(ApiError.of("NoSuchCategory.AtAll", "404", "r-4"), ZH);
        assertEquals(ZH, digits.locale(), "no script to tell: the negotiated locale");
        // the catalog's own text keeps the negotiated locale whatever the server wrote
        assertEquals(ZH, catalog.product("demo").resolve(ApiError.of("FailedOperation.DemoBusy", "busy", "r-5"), ZH).locale());
    }
}
