package dev.errorcatalog.live;

import dev.errorcatalog.MatchKind;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.spi.CatalogProvider;
import dev.errorcatalog.testing.ProductModuleTest;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LiveModuleTest extends ProductModuleTest {
    private static final String DOC = "004_617bda8360d5c2eb.txt";
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Override
    protected CatalogProvider provider() {
        return new LiveCatalogProvider();
    }

    @Override
    protected Map<String, Locale> documents() {
        return Map.of(DOC, ZH);
    }

    @Override
    protected Map<String, Integer> expectedRows() {
        return Map.of(DOC, 26 + 50);
    }

    @Test
    void liveKeepsItsOwnWordingOfCommonCodes() {
        assertEquals("参数错误", catalog.resolve("live", "InvalidParameter", ZH).message());
        assertEquals(MatchKind.EXACT, catalog.resolve("live", "InvalidParameter", ZH).kind());
        assertEquals("参数错误（包括参数格式、类型等错误）。", catalog.resolve("common", "InvalidParameter", ZH).message());
    }

    @Test
    void anExactCodeInBothLanguages() {
        assertEquals("推流域名不存在。", catalog.resolve(LiveCode.INTERNAL_ERROR__PUSH_DOMAIN_NO_RECORD, ZH).message());
        assertEquals("The push domain name does not exist.",
                catalog.resolve(LiveCode.INTERNAL_ERROR__PUSH_DOMAIN_NO_RECORD, Locale.ENGLISH).message());
    }

    @Test
    void anUnknownSubcodeFallsBackToLivesParent() {
        Resolution r = catalog.resolve("live", "InternalError.NoSuchThing", ZH);
        assertEquals(MatchKind.PARENT, r.kind());
        assertEquals(Optional.of(ProductId.of("live")), r.matchedProduct());
        assertEquals("内部错误", r.message());
    }

    @Test
    void aCommonCodeLiveDoesNotListAnswersFromCommon() {
        Resolution r = catalog.product("live").resolve("AuthFailure.SignatureExpire", catalog.product("live").locale("zh-CN"));
        assertEquals(MatchKind.COMMON, r.kind());
        assertEquals(RetryAdvice.CLOCK_SKEW, r.retry());
        Resolution parent = catalog.product("live").resolve("RequestLimitExceeded.Burst", catalog.product("live").locale("en"));
        assertEquals(MatchKind.COMMON_PARENT, parent.kind());
        assertEquals(RetryAdvice.THROTTLED, parent.retry());
    }
}
