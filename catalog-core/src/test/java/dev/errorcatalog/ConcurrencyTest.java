package dev.errorcatalog;

import dev.errorcatalog.demo.DemoCatalogProvider;
import org.junit.jupiter.api.RepeatedTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Many threads hitting a catalog whose tables are not built yet: each table is built once and all see it whole. */
class ConcurrencyTest {

    @RepeatedTest(5)
    void firstUseFromManyThreadsBuildsEachTableOnce() throws Exception {
        ErrorCatalog catalog = ErrorCatalog.builder().provider(new DemoCatalogProvider()).build();
        int threads = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Locale locale = i % 2 == 0 ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
                results.add(pool.submit(() -> {
                    start.await();
                    Resolution r = catalog.resolve("demo", "FailedOperation.DemoBusy", locale);
                    Resolution parent = catalog.resolve("demo", "InvalidParameterValue.Unknown", locale);
                    return r.message() + " / " + parent.message();
                }));
            }
            start.countDown();
            for (int i = 0; i < threads; i++) {
                String expected = i % 2 == 0 ? "操作失败：演示繁忙。 / 参数取值错误。"
                        : "Operation failed: The demo is busy. / Invalid parameter value.";
                assertEquals(expected, results.get(i).get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, catalog.scope("demo").tablesBuilt(), "one table per locale, built once");
        assertEquals(2, catalog.scope("common").tablesBuilt(), "the common tables the demo ones draw on, built once each");
        assertEquals(List.of(), catalog.problems());
    }
}
