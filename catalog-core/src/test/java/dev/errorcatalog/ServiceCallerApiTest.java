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
        Resolution r = catalog.resolve("demo", busy, "zh-CN,zh;q=0.9,en;q=0.8");
        assertEquals("操作失败：演示繁忙。", r.message());
        assertEquals(ZH, r.locale());
        assertEquals(r.message(), catalog.resolve(DemoCode.PRODUCT, busy, "zh-CN").message());
    }

    @Test
    void aBrowsersHeaderNeverThrowsMalformedItemsAreSkipped() {
        assertEquals(ZH, catalog.negotiateHeader("demo", "en;q=0.1, zh-CN;q=abc, !!!, zh;q=0.9"));
        assertEquals(Locale.ENGLISH, catalog.negotiateHeader("demo", "not a tag at all!"), "nothing usable: the default");
        assertEquals(ZH, catalog.resolve("demo", busy, "x y z, zh").locale());
        // a request without the header: getHeader("Accept-Language") is null
        assertEquals(Locale.ENGLISH, catalog.negotiateHeader("demo", null));
        assertEquals(Locale.ENGLISH, catalog.resolve("demo", busy, (String) null).locale());
        // the text forms named `locale` stay strict
        assertEquals("'not a tag at all!' is not a language tag: ill-formed at index 0 (expected BCP 47 such as en, zh-CN or "
                        + "zh-Hans-CN, or an Accept-Language list such as 'zh-CN, en;q=0.8')",
                assertThrows(InvalidLanguageTagException.class,
                        () -> catalog.negotiate("demo", "not a tag at all!")).getMessage());
    }

    @Test
    void aServletRequestsLocalesAreNegotiatedInOrder() {
        List<Locale> requestLocales = List.of(Locale.FRENCH, Locale.TRADITIONAL_CHINESE, Locale.forLanguageTag("zh-SG"));
        assertEquals(ZH, catalog.negotiate("demo", requestLocales));
        assertEquals(ZH, catalog.negotiate(DemoCode.PRODUCT, requestLocales));
        assertEquals("操作失败：演示繁忙。", catalog.resolve("demo", "FailedOperation.DemoBusy", requestLocales).message());
        assertEquals(Locale.ENGLISH, catalog.negotiate("demo", List.of()));
    }

    @Test
    void aProductIdNamesAProductWhereverTextDoes() {
        ProductId demo = DemoCode.PRODUCT;
        assertSame(catalog.resolve("demo", "FailedOperation.DemoBusy", ZH), catalog.resolve(demo, "FailedOperation.DemoBusy", ZH));
        assertSame(catalog.resolve("demo", "FailedOperation.DemoBusy", "zh"), catalog.resolve(demo, "FailedOperation.DemoBusy", "zh"));
        assertEquals(catalog.resolve("demo", busy, ZH).explain(), catalog.resolve(demo, busy, ZH).explain());
        assertEquals(ZH, catalog.negotiate(demo, "zh-SG"));
        assertEquals(ZH, catalog.negotiate(demo, Locale.CHINA));
        assertEquals(catalog.product("demo").codes(), catalog.product(demo).codes());
        assertEquals(catalog.provenance("demo"), catalog.provenance(demo));
        assertEquals(catalog.entries("demo", ZH).size(), catalog.entries(demo, ZH).size());
        assertEquals(true, catalog.hasProduct(demo));
        assertEquals(false, catalog.hasProduct(ProductId.of("nope")));
    }

    @Test
    void theLocaleOfAServersOwnMessageIsTheLanguageItIsWrittenIn() {
        Resolution zhServer = catalog.resolve("demo", ApiError.of("NoSuchCategory.AtAll", "找不到资源", "r-2"), Locale.ENGLISH);
        assertEquals(Source.Kind.SERVER, zhServer.origin().kind());
        assertEquals("找不到资源", zhServer.message());
        assertEquals(ZH, zhServer.locale());
        Resolution enServer = catalog.resolve("demo", ApiError.of("NoSuchCategory.AtAll", "No such thing", "r-3"), ZH);
        assertEquals(Locale.ENGLISH, enServer.locale());
        Resolution digits = catalog.resolve("demo", ApiError.of("NoSuchCategory.AtAll", "404", "r-4"), ZH);
        assertEquals(ZH, digits.locale(), "no script to tell: the negotiated locale");
        // the catalog's own text keeps the negotiated locale whatever the server wrote
        assertEquals(ZH, catalog.resolve("demo", ApiError.of("FailedOperation.DemoBusy", "busy", "r-5"), ZH).locale());
    }
}
