package dev.errorcatalog.vod;

import dev.errorcatalog.MatchKind;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.spi.CatalogProvider;
import dev.errorcatalog.testing.ProductModuleTest;
import dev.errorcatalog.testing.SeedDocument;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VodModuleTest extends ProductModuleTest {
    private static final String EN_DOC = "000_1a49b65bb6a47f1a.txt";
    private static final String ZH_DOC = "001_ef4515cd2b9e099b.txt";
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Override
    protected CatalogProvider provider() {
        return new VodCatalogProvider();
    }

    @Override
    protected Map<String, Locale> documents() {
        return Map.of(EN_DOC, Locale.ENGLISH, ZH_DOC, ZH);
    }

    @Override
    protected Map<String, Integer> expectedRows() {
        return Map.of(EN_DOC, 26 + 87, ZH_DOC, 32 + 191);
    }

    @Test
    void theModuleHoldsEveryBusinessCodeOfBothDocuments() {
        Set<String> business = Stream.of(EN_DOC, ZH_DOC).flatMap(d -> SeedDocument.read(d).stream())
                .filter(r -> r.table() == SeedDocument.Table.BUSINESS).map(SeedDocument.Row::code)
                .collect(Collectors.toSet());
        assertEquals(197, business.size());
        Set<String> constants = Stream.of(VodCode.values()).map(c -> c.code().value()).collect(Collectors.toSet());
        assertTrue(constants.containsAll(business), () -> "missing: " + business.stream().filter(c -> !constants.contains(c)).toList());
        // every other one is from an official list (of either API version), and says which; how many there are is
        // what the sources give, which the drift test holds the generated enum to
        for (VodCode c : VodCode.values()) {
            if (!business.contains(c.code().value())) {
                assertFalse(catalog.resolve(c, ZH).apiVersions().isEmpty(), c.code().value());
            }
        }
    }

    @Test
    void anExactCodeByConstantInBothLanguages() {
        Resolution zh = catalog.resolve(VodCode.INVALID_PARAMETER_VALUE__FILE_IDS_TOO_MANY, ZH);
        assertEquals("参数值错误：FileId 过多。", zh.message());
        assertEquals(MatchKind.EXACT, zh.kind());
        assertEquals("Incorrect parameter value: too many FileId",
                catalog.resolve(VodCode.INVALID_PARAMETER_VALUE__FILE_IDS_TOO_MANY, Locale.ENGLISH).message());
    }

    @Test
    void anUnknownSubcodeFallsBackToItsParent() {
        Resolution r = catalog.resolve("vod", "InvalidParameterValue.NoSuchThing", Locale.ENGLISH);
        assertEquals(MatchKind.PARENT, r.kind(), "vod lists InvalidParameterValue in its own business table");
        assertEquals(Optional.of(ProductId.of("vod")), r.matchedProduct());
        assertEquals("Incorrect parameter value.", r.message());
        assertEquals(RetryAdvice.DO_NOT_RETRY, r.retry());
        assertEquals("参数取值错误。", catalog.product("vod").resolve("InvalidParameterValue.NoSuchThing", catalog.product("vod").locale("zh-CN")).message());
    }

    @Test
    void aCommonCodeAnswersFromCommon() {
        Resolution r = catalog.resolve("vod", "AuthFailure.SignatureExpire", ZH);
        assertEquals(MatchKind.COMMON, r.kind());
        assertEquals(Optional.of(ProductId.COMMON), r.matchedProduct());
        assertEquals("签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。", r.message());
        assertEquals(RetryAdvice.CLOCK_SKEW, r.retry());
    }

    @Test
    void anUnknownSubcodeOfACategoryVodDoesNotListFallsBackToCommon() {
        Resolution r = catalog.resolve("vod", "ResourceInUse.Locked", Locale.ENGLISH);
        assertEquals(MatchKind.COMMON_PARENT, r.kind());
        assertEquals(Optional.of(ProductId.COMMON), r.matchedProduct());
    }

    @Test
    void aCategoryVodListsAnswersInVodsWordsWithTheCommonCategorysAdvice() {
        Resolution r = catalog.resolve("vod", "RequestLimitExceeded.Burst", Locale.ENGLISH);
        assertEquals(MatchKind.PARENT, r.kind());
        assertEquals(Optional.of(ProductId.of("vod")), r.matchedProduct());
        assertEquals(RetryAdvice.THROTTLED, r.retry(), "common:RequestLimitExceeded covers its subcodes");
    }

    @Test
    void retryAdviceOnlyWhereTheMeaningIsClear() {
        assertEquals(RetryAdvice.TRANSIENT, catalog.resolve(VodCode.FAILED_OPERATION__NET_WORK_ERROR, ZH).retry());
        assertEquals(RetryAdvice.TRANSIENT, catalog.resolve(VodCode.INTERNAL_ERROR__DB_ERROR, ZH).retry());
        assertEquals(RetryAdvice.DO_NOT_RETRY, catalog.resolve(VodCode.FAILED_OPERATION__INVALID_VOD_USER, ZH).retry());
        assertEquals(RetryAdvice.UNKNOWN, catalog.resolve(VodCode.INTERNAL_ERROR__GET_FILE_INFO_ERROR, ZH).retry());
        assertEquals(RetryAdvice.UNKNOWN, catalog.resolve(VodCode.FAILED_OPERATION__UPLOAD_COS_FAIL, ZH).retry());
    }

    @Test
    void theVodWordingOfACommonCodeStaysInVodsScope() {
        assertEquals("Parameter error", catalog.resolve("vod", "InvalidParameter", Locale.ENGLISH).message());
        assertEquals("Incorrect parameter.", catalog.resolve("common", "InvalidParameter", Locale.ENGLISH).message());
        Resolution auth = catalog.resolve("vod", "AuthFailure", ZH);
        assertEquals("CAM 签名/鉴权错误。", auth.message());
        assertEquals(MatchKind.EXACT, auth.kind());
    }
}
