package dev.errorcatalog.generator;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The committed data is exactly what the sources in ../shared give: a change to a source, to data/, or to the
 * generator shows up here, naming the file and the first line (so the code) that differs. Refresh with data/refresh.sh.
 */
class DataDriftTest {
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SHARED = PROJECT.resolve("../shared").normalize();

    @Test
    void theCommittedDataIsWhatTheSourcesGive() {
        assumeTrue(Files.isDirectory(SHARED.resolve("sources")) && Files.isDirectory(SHARED.resolve("seeds")),
                "../shared/sources and ../shared/seeds are not beside the checkout, so there is nothing to compare with");
        Map<String, String> drift = Refresh.files(PROJECT, SHARED).differences(PROJECT);
        assertEquals(Map.of(), drift, () -> "run data/refresh.sh; differences:\n" + drift.entrySet().stream()
                .map(e -> "  " + e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n")));
    }

    /**
     * The files follow from the list: a generated product is every file a stranger's module has, but its README; and
     * the poms and README that name every product are written too.
     */
    @Test
    void everyGeneratedFileIsAFileOfTheProjectAndTheListSaysWhichTheyAre() {
        assumeTrue(Files.isDirectory(SHARED.resolve("sources")), "../shared/sources is not beside the checkout");
        ProductList list = ProductList.of(PROJECT);
        Set<String> expected = new TreeSet<>();
        String core = "catalog-core/src/main/";
        expected.add(core + "java/dev/errorcatalog/CommonCode.java");
        expected.add(core + "resources/META-INF/errorcatalog/common/provenance.json");
        list.common().languages().forEach(l -> expected.add(core + "resources/META-INF/errorcatalog/common/" + l + ".json"));
        for (ProductList.Product p : list.generated()) {
            String m = p.module() + "/";
            String java = p.javaPackage().replace('.', '/') + "/" + CatalogFiles.stem(p.id());
            expected.addAll(Set.of(m + "pom.xml", m + "src/main/java/module-info.java", m + "src/main/java/" + java + "Code.java",
                    m + "src/main/java/" + java + "CatalogProvider.java", m + "src/test/java/" + java + "ContractTest.java",
                    m + "src/main/resources/META-INF/services/dev.errorcatalog.spi.CatalogProvider",
                    m + "src/main/resources/META-INF/errorcatalog/" + p.id() + "/provenance.json",
                    // every generated product has the Go client's action lists
                    m + "src/main/resources/META-INF/errorcatalog/" + p.id() + "/actions"));
            p.languages().forEach(l -> expected.add(m + "src/main/resources/META-INF/errorcatalog/" + p.id() + "/" + l + ".json"));
        }
        expected.addAll(BuildPlaces.files());
        FileSet files = Refresh.files(PROJECT, SHARED);
        assertEquals(expected, files.files().keySet());
        files.files().keySet().forEach(f -> assertTrue(Files.isRegularFile(PROJECT.resolve(f)), f));
    }
}
