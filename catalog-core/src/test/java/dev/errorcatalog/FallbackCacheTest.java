package dev.errorcatalog;

import dev.errorcatalog.demo.DemoCatalogProvider;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class FallbackCacheTest {
    private final ErrorCatalog catalog = ErrorCatalog.builder().provider(new DemoCatalogProvider()).build();

    @Test
    void aFallbackAskedForAgainIsRememberedFromTheSecondTime() {
        FallbackCache cache = catalog.scope("demo").table(Locale.ENGLISH).fallbacks();
        Resolution first = catalog.resolve("demo", "FailedOperation.Again", Locale.ENGLISH);
        assertEquals(MatchKind.PARENT, first.kind());
        assertNull(cache.get("FailedOperation.Again"), "a code asked for once is not kept");
        Resolution second = catalog.resolve("demo", "FailedOperation.Again", Locale.ENGLISH);
        assertSame(second, cache.get("FailedOperation.Again"));
        assertSame(second, catalog.resolve("demo", "FailedOperation.Again", Locale.ENGLISH));
        assertEquals(first.explain(), second.explain());
        assertEquals(first.path(), second.path());

        catalog.resolve("demo", "Never.Heard", Locale.ENGLISH);
        assertSame(catalog.resolve("demo", "Never.Heard", Locale.ENGLISH), catalog.resolve("demo", "Never.Heard", Locale.ENGLISH));
    }

    @Test
    void aCodeIsAdmittedOnlyWhenItMissedItsSlotJustBefore() {
        FallbackCache cache = new FallbackCache();
        Resolution any = catalog.resolve("demo", "Never.Heard", Locale.ENGLISH);
        String a = "Code.A";
        String other = sameSlotAs(a);
        cache.offer(a, any);
        assertNull(cache.get(a));
        cache.offer(other, any);
        assertNull(cache.get(other), "another code missed at the slot in between");
        cache.offer(new String(a), any);
        assertNull(cache.get(a));
        cache.offer(new String(a), any);
        assertSame(any, cache.get(a), "by value, not identity");
    }

    @Test
    void aFloodOfDistinctCodesDoesNotDisplaceOneInUse() {
        FallbackCache cache = catalog.scope("demo").table(Locale.ENGLISH).fallbacks();
        catalog.resolve("demo", "FailedOperation.InUse", Locale.ENGLISH);
        Resolution kept = catalog.resolve("demo", "FailedOperation.InUse", Locale.ENGLISH);
        for (int i = 0; i < 10 * FallbackCache.SIZE; i++) {
            catalog.resolve("demo", "FailedOperation.Once" + i, Locale.ENGLISH);
        }
        assertSame(kept, cache.get("FailedOperation.InUse"));
    }

    private String sameSlotAs(String code) {
        Resolution any = catalog.resolve("demo", "Never.Heard", Locale.ENGLISH);
        FallbackCache probe = new FallbackCache();
        probe.put(code, any);
        for (int i = 0; ; i++) {
            String candidate = "Code.S" + i;
            probe.put(candidate, any);
            if (probe.get(code) == null) { // the candidate took the code's slot
                return candidate;
            }
            probe.put(code, any);
        }
    }

    @Test
    void aServerMessageIsAddedToARememberedAnswerWithoutChangingIt() {
        Resolution bare = catalog.resolve("demo", "Never.Heard", Locale.ENGLISH);
        Resolution withServer = catalog.product("demo").resolve(ApiError.of("Never.Heard", "from the server", "r"), Locale.ENGLISH);
        assertNotSame(bare, withServer);
        assertEquals("from the server", withServer.message());
        assertEquals("Never.Heard", catalog.resolve("demo", "Never.Heard", Locale.ENGLISH).message());
        assertEquals(Optional.empty(), catalog.resolve("demo", "Never.Heard", Locale.ENGLISH).serverMessage());
    }

    @Test
    void theCacheNeverGrowsWhateverTheInput() {
        FallbackCache cache = new FallbackCache();
        Resolution any = catalog.resolve("demo", "Never.Heard", Locale.ENGLISH);
        for (int i = 0; i < 100_000; i++) {
            cache.put("Code.Number" + i, any);
        }
        int remembered = 0;
        for (int i = 0; i < 100_000; i++) {
            remembered += cache.get("Code.Number" + i) != null ? 1 : 0;
        }
        // direct-mapped: each slot holds the last code put there, so exactly SIZE are remembered, the newest among them
        assertEquals(FallbackCache.SIZE, remembered);
        assertSame(any, cache.get("Code.Number99999"));
        assertNull(cache.get("Code.Number0"), "the oldest were overwritten");
        // and the catalog answers rightly for many more distinct codes than it remembers
        for (int i = 0; i < 5 * FallbackCache.SIZE; i++) {
            assertEquals("Demo operation failed.", catalog.resolve("demo", "FailedOperation.N" + i, Locale.ENGLISH).message());
        }
    }
}
