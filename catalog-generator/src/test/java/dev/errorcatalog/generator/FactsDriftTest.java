package dev.errorcatalog.generator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * catalog-all's committed facts are exactly what the official lists in ../shared give, product by product: a change to
 * a source or to the generator shows up here, naming the file and its first differing line (so the code). Refresh
 * with data/refresh.sh.
 */
class FactsDriftTest {
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SHARED = PROJECT.resolve("../shared").normalize();
    private static FileSet facts;

    @BeforeAll
    static void refresh() {
        assumeTrue(Files.isDirectory(SHARED.resolve("sources")), "../shared/sources is not beside the checkout, so there is nothing to compare with");
        facts = Refresh.facts(PROJECT, SHARED);
    }

    @Test
    void everyProductsFactsAreWhatTheSourcesGive() {
        Map<String, String> drift = facts.differences(PROJECT);
        assertEquals(Map.of(), drift, () -> "run data/refresh.sh; differences:\n" + drift.entrySet().stream()
                .map(e -> "  " + e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n")));
    }

    /** No facts of a product the SDKs no longer have, nor of one with a module of its own, and every other one's. */
    @Test
    void theFactsFolderHoldsOneFileForEachProductOfTheSdksWithoutAModule() throws IOException {
        Set<String> committed;
        try (Stream<Path> files = Files.list(PROJECT.resolve(Refresh.FACTS))) {
            committed = files.map(f -> Refresh.FACTS + f.getFileName()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(new TreeSet<>(facts.files().keySet()), committed);

        Set<String> products = new TreeSet<>();
        Path sources = SHARED.resolve("sources");
        for (String sdk : Set.of("tencentcloud-sdk-java-3.2.11", "tencentcloud-sdk-java-intl-en-3.1.16")) {
            products.addAll(SdkSources.open(sources.resolve(sdk), "none").products());
        }
        ProductList.of(PROJECT).products().forEach(p -> products.remove(p.id()));
        assertEquals(products.stream().map(p -> Refresh.FACTS + p + ".json").collect(Collectors.toCollection(TreeSet::new)), committed);
    }
}
