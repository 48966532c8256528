package dev.errorcatalog.spring;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.tencentcloud.SdkError;
import dev.errorcatalog.tencentcloud.TencentCloudErrors;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The error counter's tags: what the catalog knows, never what the server sent. */
class TencentCloudErrorMetricsTest {
    private static final ErrorCatalog CATALOG = ErrorCatalog.load();
    private static final ProductId KMS = ProductId.of("kms");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final TencentCloudErrors errors = TencentCloudErrors.of(CATALOG)
            .withObserver(new TencentCloudErrorMetrics(CATALOG, registry));

    private static SdkError resolved(String code) {
        return TencentCloudErrors.of(CATALOG).resolve("kms", new TencentCloudSDKException("server says", "req-1", code),
                Locale.ENGLISH);
    }

    private static Map<String, String> tags(ProductId product, SdkError error) {
        Tags tags = TencentCloudErrorMetrics.tags(CATALOG, product, error);
        return tags.stream().collect(Collectors.toMap(Tag::getKey, Tag::getValue, (a, b) -> a, TreeMap::new));
    }

    private Collection<Counter> counters() {
        return registry.find(TencentCloudErrorMetrics.NAME).counters();
    }

    /** The code tags of every series of the counter. */
    private Set<String> codeTags() {
        return counters().stream().map(c -> c.getId().getTag("code")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aCodeTheCatalogKnowsIsItsOwnTag() {
        assertEquals(Map.of("product", "kms", "code", "ResourceUnavailable.CmkDisabled", "category", "ResourceUnavailable",
                "retry", "DO_NOT_RETRY"), tags(KMS, resolved("ResourceUnavailable.CmkDisabled")));
        // a common code, known to every product
        assertEquals("InternalError", tags(KMS, resolved("InternalError")).get("code"));
    }

    @Test
    void anUnknownCodeOfAKnownCategoryIsCountedUnderTheCategory() {
        Map<String, String> tags = tags(KMS, resolved("FailedOperation.NoSuchThingAnywhere"));
        assertEquals("FailedOperation", tags.get("code"));
        assertEquals("FailedOperation", tags.get("category"));
        assertEquals("kms", tags.get("product"));
    }

    @Test
    void aCodeOfNoKnownCategoryIsOther() {
        Map<String, String> tags = tags(KMS, resolved("MadeUpCategory.Whatever"));
        assertEquals("other", tags.get("code"));
        assertEquals("other", tags.get("category"));
    }

    @Test
    void theSdksOwnFailuresAreCountedUnderTheirNames() {
        SdkError noAnswer = TencentCloudErrors.of(CATALOG).resolve("kms",
                new TencentCloudSDKException("Failed to connect", new ConnectException("refused")), Locale.ENGLISH);
        assertEquals(Map.of("product", "kms", "code", "NO_API_ANSWER", "category", "NO_API_ANSWER", "retry", "TRANSIENT"),
                tags(KMS, noAnswer));
        SdkError refused = TencentCloudErrors.of(CATALOG).resolve("kms",
                new TencentCloudSDKException("WrongUsage: no such region"), Locale.ENGLISH);
        assertEquals("SDK_REFUSED", tags(KMS, refused).get("code"));
        assertEquals("DO_NOT_RETRY", tags(KMS, refused).get("retry"));
    }

    @Test
    void aProductNotInstalledIsOther() {
        assertEquals("other", tags(ProductId.of("nowhere"), resolved("InternalError")).get("product"));
    }

    @Test
    void aBurstOfDistinctUnknownCodesMakesOneSeries() {
        for (int i = 1; i <= 200; i++) {
            errors.resolve("kms", new TencentCloudSDKException("m", "r", "FailedOperation.X" + i), Locale.ENGLISH);
        }
        assertEquals(Set.of("FailedOperation"), codeTags());
        Counter counter = registry.get(TencentCloudErrorMetrics.NAME).tag("code", "FailedOperation").counter();
        assertEquals(200.0, counter.count());
    }

    @Test
    void aHostileServersCodesAddOnlyTheSeriesTheCatalogAllows() {
        long seed = 28L;
        Random random = new Random(seed);
        String alphabet = "AbcXyz.\u0000\u001b é中_-0";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder code = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int k = 0; k < length; k++) {
                code.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            errors.resolve("kms", new TencentCloudSDKException("m", "r", code.toString()), Locale.ENGLISH);
        }
        Set<String> codes = codeTags();
        // whatever came, only the fixed value and names the catalog has are tags
        for (String code : codes) {
            assertTrue(code.equals("other") || code.equals("NO_API_ANSWER") || code.equals("SDK_REFUSED")
                    || !CATALOG.product("kms").resolve(code, Locale.ENGLISH).matchedCode().isEmpty(),
                    "seed " + seed + ": " + code + " in " + codes);
        }
        assertTrue(counters().size() <= 4, "seed " + seed + ": " + codes);
    }
}
