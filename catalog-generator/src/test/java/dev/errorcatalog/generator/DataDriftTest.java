package dev.errorcatalog.generator;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void everyGeneratedFileIsAFileOfTheProject() {
        assumeTrue(Files.isDirectory(SHARED.resolve("sources")), "../shared/sources is not beside the checkout");
        FileSet files = Refresh.files(PROJECT, SHARED);
        assertEquals(16, files.files().size(), files.files().keySet().toString());
        files.files().keySet().forEach(f -> assertEquals(true, Files.isRegularFile(PROJECT.resolve(f)), f));
    }
}
