package dev.errorcatalog.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The temporary folders of one benchmark run: each is named {@code <prefix>-r<run>-<random>} in
 * {@code java.io.tmpdir}, so the check at the end finds this run's leftovers and not those of another run on the
 * same machine. The run id is BenchMain's process id, handed to JMH's forked JVM as a system property.
 */
final class TempDirs {
    /** The system property that carries the run id into JMH's fork. */
    static final String RUN_PROPERTY = "errorcatalog.bench.run";
    /** Every prefix the benchmarks use; the end-of-run check looks for all of them. */
    static final List<String> PREFIXES = List.of("vodbench", "plain-jdk", "catalog-cold", "errorcatalog-growth", "errorcatalog-every");

    private TempDirs() {
    }

    static String run() {
        return System.getProperty(RUN_PROPERTY, Long.toString(ProcessHandle.current().pid()));
    }

    static Path create(String prefix) throws IOException {
        if (PREFIXES.stream().noneMatch(prefix::startsWith)) {
            throw new IllegalArgumentException(prefix + " is not one of the prefixes the leftover check knows: " + PREFIXES);
        }
        return Files.createTempDirectory(prefix + "-r" + run() + "-");
    }

    /** Deletes each folder and everything in it; a null or already missing folder is skipped. */
    static void delete(Path... dirs) {
        List<String> failed = new ArrayList<>();
        for (Path dir : dirs) {
            if (dir == null || !Files.exists(dir)) {
                continue;
            }
            try (Stream<Path> all = Files.walk(dir)) {
                // children before their folder
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        failed.add(p + " (" + e + ")");
                    }
                }
            } catch (IOException e) {
                failed.add(dir + " (" + e + ")");
            }
        }
        if (!failed.isEmpty()) {
            throw new UncheckedIOException(new IOException("could not delete the benchmark's temporary files: " + failed));
        }
    }

    /**
     * The folders with one of {@link #PREFIXES} left in {@code java.io.tmpdir}: this run's (named with its run id),
     * and, separately, others changed since {@code since} (another run on the same machine, or a benchmark that
     * did not name its folder with {@link #create}).
     */
    record Leftovers(List<Path> ours, List<Path> others) {
    }

    static Leftovers leftovers(FileTime since) throws IOException {
        List<Path> ours = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        String tag = "-r" + run() + "-";
        try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            for (Path p : all.sorted().toList()) {
                String name = p.getFileName().toString();
                if (PREFIXES.stream().noneMatch(name::startsWith)) {
                    continue;
                }
                if (PREFIXES.stream().anyMatch(prefix -> name.startsWith(prefix) && name.contains(tag))) {
                    ours.add(p);
                } else if (Files.getLastModifiedTime(p).compareTo(since) >= 0) {
                    others.add(p);
                }
            }
        }
        return new Leftovers(ours, others);
    }
}
