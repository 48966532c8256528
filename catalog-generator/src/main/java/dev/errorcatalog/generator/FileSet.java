package dev.errorcatalog.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Files as the generator would write them, relative path to content: written to disk by {@link #writeTo}, or
 * compared with what is there by {@link #differences}, which is how the drift check works.
 */
public final class FileSet {
    private final Map<String, String> files = new TreeMap<>();

    /** An empty set, to {@link #put} files into. */
    public FileSet() {
    }

    public FileSet put(String path, String content) {
        files.put(path, content);
        return this;
    }

    public Map<String, String> files() {
        return java.util.Collections.unmodifiableMap(files);
    }

    public void writeTo(Path root) {
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = root.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For each file that differs from its copy under {@code root}: the path and its first differing line. */
    public Map<String, String> differences(Path root) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((path, content) -> firstDifference(root.resolve(path), content).ifPresent(d -> out.put(path, d)));
        return out;
    }

    private static Optional<String> firstDifference(Path file, String expected) {
        if (!Files.isRegularFile(file)) {
            return Optional.of("missing");
        }
        String actual;
        try {
            actual = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (actual.equals(expected)) {
            return Optional.empty();
        }
        String[] a = actual.split("\n", -1);
        String[] e = expected.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, e.length); i++) {
            String x = i < a.length ? a[i] : "(end of file)";
            String y = i < e.length ? e[i] : "(end of file)";
            if (!x.equals(y)) {
                return Optional.of("line " + (i + 1) + ": committed " + x.strip() + " but the sources give " + y.strip());
            }
        }
        return Optional.of("differs");
    }
}
