package consumer;

import com.example.acme.AcmeCode;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.RetryAdvice;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A third-party product module (examples/acme-product) beside catalog-vod: both seen, each with its own fallback. */
class AcmeWithVodTest {
    private final ErrorCatalog catalog = ErrorCatalog.builder().discover(getClass().getClassLoader()).strict(true).build();

    @Test
    void bothProductsAreThere() {
        assertEquals(Set.of(ProductId.COMMON, ProductId.of("acme"), ProductId.of("vod")), catalog.products());
    }

    @Test
    void acmeResolvesInItsThreeLanguages() {
        assertEquals("Operation failed: The anvil is jammed.", catalog.resolve(AcmeCode.FAILED_OPERATION__ANVIL_JAMMED, Locale.ENGLISH).message());
        assertEquals("操作失败：铁砧卡住了。", catalog.product("acme").resolve("FailedOperation.AnvilJammed", catalog.product("acme").locale("zh-CN")).message());
        assertEquals("操作に失敗しました：金床が詰まっています。", catalog.product("acme").resolve("FailedOperation.AnvilJammed", catalog.product("acme").locale("ja-JP")).message());
        assertEquals(RetryAdvice.TRANSIENT, catalog.resolve(AcmeCode.FAILED_OPERATION__ANVIL_JAMMED, Locale.JAPANESE).retry());
        Resolution quota = catalog.resolve(AcmeCode.ACME_QUOTA_EXCEEDED, Locale.ENGLISH);
        assertEquals("You have ordered more than 1,000 anvils this month.", quota.message(Map.of("limit", 1000)));
    }

    @Test
    void acmeFallsBackToCommonAndVodToItsOwnParent() {
        Resolution acme = catalog.resolve("acme", "ResourceNotFound.Roadrunner", Locale.ENGLISH);
        assertEquals(MatchKind.COMMON_PARENT, acme.kind());
        assertEquals("Resource does not exist.", acme.message());
        Resolution vod = catalog.resolve("vod", "ResourceNotFound.Roadrunner", Locale.ENGLISH);
        assertEquals(MatchKind.PARENT, vod.kind());
        assertEquals(Optional.of(ProductId.of("vod")), vod.matchedProduct());
    }

    @Test
    void japaneseForACommonCodeFallsBackToEnglishAndVodHasNoJapanese() {
        Resolution common = catalog.resolve("acme", "AuthFailure.SignatureExpire", Locale.JAPANESE);
        assertEquals(MatchKind.COMMON, common.kind());
        assertEquals(Locale.ENGLISH, common.locale());
        assertEquals(Locale.ENGLISH, catalog.resolve("vod", "InternalError", Locale.JAPANESE).locale());
    }
}
