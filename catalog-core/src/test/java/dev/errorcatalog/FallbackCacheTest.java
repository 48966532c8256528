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
    void aFallbackSeenAgainIsTheSameAnswer() {
        Resolution first = catalog.resolve("demo", "FailedOperation.Again", Locale.ENGLISH);
        assertSame(first, catalog.resolve("demo", "FailedOperation.Again", Locale.ENGLISH));
        assertSame(catalog.resolve("demo", "Never.Heard", Locale.ENGLISH), catalog.resolve("demo", "Never.Heard", Locale.ENGLISH));
        assertEquals(MatchKind.PARENT, first.kind());
    }

    @Test
    void aServerMessageIsAddedToARememberedAnswerWithoutChangingIt() {
        Resolution bare = catalog.resolve("demo", "Never.Heard", Locale.ENGLISH);
        Resolution withServer = catalog.resolve("demo", ApiError.of("Never.Heard", "from the server", "r"), Locale.ENGLISH);
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
