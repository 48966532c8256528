package dev.errorcatalog.i18n.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Service files are split into lines exactly as {@link String#lines()} would split them, and read as ServiceLoader reads them. */
class ServiceFilesTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\rb", "\n", "\n\n", "\r\r\n", "a\r", "# c\nx.Y # z\r\n\n"})
    void splitLikeStringLines(String text) {
        assertEquals(text.lines().toList(), ServiceFiles.lines(text));
    }

    @Test
    void commentsAndWhiteSpaceAreNotPartOfAName() {
        assertEquals("x.Y", ServiceFiles.entry("  x.Y\t# the demo"));
        assertEquals("", ServiceFiles.entry("#x.Y"));
        assertEquals("", ServiceFiles.entry("   "));
    }

    @Test
    void listedReadsEveryFileTheLoaderSeesEachNameOnce(@TempDir Path dir) throws Exception {
        for (String jar : List.of("one", "two")) {
            Path file = dir.resolve(jar).resolve("META-INF/services/demo.Service");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# " + jar + "\n" + jar + ".Provider # first\r\n\nshared.Provider\n", StandardCharsets.UTF_8);
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.resolve("one").toUri().toURL(), dir.resolve("two").toUri().toURL()}, null)) {
            assertEquals(List.of("one.Provider", "shared.Provider", "two.Provider"), List.copyOf(ServiceFiles.listed(loader, "demo.Service")));
        }
    }
}
