package dev.errorcatalog.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Keeps a README code block and the test that runs it the same: the block between {@code <!-- name:begin -->} and
 * {@code <!-- name:end -->} in the project's README is, line for line, the code between {@code // name:begin} and
 * {@code // name:end} in the test's own source.
 */
public final class ReadmeBlock {
    private ReadmeBlock() {
    }

    /** @param testSource the test's source file, relative to its module */
    public static void assertShowsExactly(String name, Path testSource) throws IOException {
        List<String> readme = between(Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8),
                "<!-- " + name + ":begin -->", "<!-- " + name + ":end -->");
        List<String> test = between(Files.readAllLines(testSource, StandardCharsets.UTF_8),
                "// " + name + ":begin", "// " + name + ":end");
        assertEquals(test, readme.subList(1, readme.size() - 1), "the README's java block, without its fences");
    }

    private static List<String> between(List<String> lines, String begin, String end) {
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(begin)) {
                from = i + 1;
            } else if (lines.get(i).strip().equals(end) && from >= 0) {
                return lines.subList(from, i).stream().map(String::strip).toList();
            }
        }
        throw new AssertionError("no lines between " + begin + " and " + end);
    }
}
