package dev.errorcatalog.architecture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * No class in core's main code is over 300 lines: a class that grows past it is doing a second job (the engine's
 * rooms, the envelope's reader and writer were split for this), and the next reader has to hold it whole.
 */
class ClassSizeTest {
    static final int MAX_LINES = 300;
    private static final Path CORE = Path.of("..", "catalog-core", "src", "main", "java").toAbsolutePath().normalize();

    @Test
    void noClassOfCoreIsOverThreeHundredLines() {
        assertEquals(List.of(), tooLong(CORE));
    }

    @Test
    void aClassOverTheLimitIsNamedWithItsLength(@TempDir Path sources) throws IOException {
        Files.createDirectories(sources.resolve("dev/errorcatalog"));
        Files.writeString(sources.resolve("dev/errorcatalog/Short.java"), "class Short {\n}\n".repeat(1));
        Files.writeString(sources.resolve("dev/errorcatalog/Long.java"), "class Long {\n" + "    // line\n".repeat(MAX_LINES) + "}\n");
        assertEquals(List.of("dev/errorcatalog/Long.java: 302 lines"), tooLong(sources));
    }

    static List<String> tooLong(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted()
                    .map(p -> root.relativize(p).toString().replace('\\', '/') + ": " + lines(p) + " lines")
                    .filter(s -> Integer.parseInt(s.substring(s.lastIndexOf(": ") + 2, s.length() - " lines".length())) > MAX_LINES)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
