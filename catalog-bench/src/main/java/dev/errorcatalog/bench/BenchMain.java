package dev.errorcatalog.bench;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs every benchmark in one JMH run (short configuration), then the cold-start comparison, then the growth
 * measurement ({@link Growth}), then every product installed against one ({@link EveryProduct}), and prints Markdown
 * tables, the first with ratios to the {@code HashMap.get} floor measured in the same run. Every temporary folder is
 * deleted, and the run fails if one is left behind.
 *
 * <p>Arguments: {@code [--growth-only | --cold-start-only | --every-product-only] [warmup-iterations]
 * [measurement-iterations]}, one second each (default 3 and 5); each {@code --...-only} runs that measurement alone.
 */
public final class BenchMain {
    private static final String FLOOR = "hashMapGet";
    private static final int COLD_RUNS = 11;
    /** Runs the growth measurement alone, without JMH and the cold-start table. */
    private static final String GROWTH_ONLY = "--growth-only";
    private static final String COLD_START_ONLY = "--cold-start-only";
    private static final String EVERY_PRODUCT_ONLY = "--every-product-only";

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        FileTime started = FileTime.from(Instant.now());
        String table;
        try {
            table = run(args);
        } catch (Exception | Error e) {
            // a failed run is checked for leftovers too, without hiding why it failed
            try {
                checkNoTempDirsLeft(started);
            } catch (IllegalStateException | IOException leftover) {
                e.addSuppressed(leftover);
            }
            throw e;
        }
        checkNoTempDirsLeft(started);
        System.out.println();
        System.out.println(table);
        Path out = Path.of("catalog-bench", "target", "bench-results.md");
        if (Files.isDirectory(out.getParent())) {
            Files.writeString(out, table, StandardCharsets.UTF_8);
        }
    }

    private static String run(String[] arguments) throws Exception {
        List<String> args = new ArrayList<>(List.of(arguments));
        boolean growthOnly = args.remove(GROWTH_ONLY);
        boolean coldStartOnly = args.remove(COLD_START_ONLY);
        boolean everyProductOnly = args.remove(EVERY_PRODUCT_ONLY);
        int only = (growthOnly ? 1 : 0) + (coldStartOnly ? 1 : 0) + (everyProductOnly ? 1 : 0);
        if (args.size() > 2 || args.stream().anyMatch(a -> !a.matches("\\d+")) || only > 1) {
            throw new IllegalArgumentException("usage: [" + GROWTH_ONLY + " | " + COLD_START_ONLY + " | " + EVERY_PRODUCT_ONLY
                    + "] [warm-up iterations] [measurement iterations], not " + List.of(arguments));
        }
        Path jar = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (growthOnly) {
            return Growth.table(jar);
        }
        if (coldStartOnly) {
            return coldStartTable();
        }
        // checked now, so a missing jar fails the run before its JMH part rather than at its end
        EveryProduct.Setup everyProduct = EveryProduct.setup(jar);
        if (everyProductOnly) {
            return EveryProduct.table(everyProduct);
        }
        int warmups = args.size() > 0 ? Integer.parseInt(args.get(0)) : 3;
        int iterations = args.size() > 1 ? Integer.parseInt(args.get(1)) : 5;
        Options options = new OptionsBuilder()
                .include(LookupBenchmarks.class.getName())
                // two forks: a lookup's figure moves by a nanosecond or two from one JVM to the next, with the JIT's choices
                .forks(2)
                .warmupIterations(warmups).warmupTime(TimeValue.seconds(1))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(1))
                .addProfiler(GCProfiler.class)
                // the fork names its temporary folder with this run's id, which the leftover check looks for
                .jvmArgsAppend("-D" + TempDirs.RUN_PROPERTY + "=" + TempDirs.run())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        String lookup = lookupTable(results, warmups, iterations);
        String coldStart = coldStartTable();
        return lookup + '\n' + coldStart + '\n' + Growth.table(jar) + '\n' + EveryProduct.table(everyProduct);
    }

    /** Fails, naming them, when this run left a temporary folder; another run's new folders are only reported. */
    private static void checkNoTempDirsLeft(FileTime started) throws IOException {
        TempDirs.Leftovers left = TempDirs.leftovers(started);
        if (!left.others().isEmpty()) {
            System.err.println("Note: temporary folders of another run (not this one's id, r" + TempDirs.run()
                    + ") appeared in " + System.getProperty("java.io.tmpdir") + ": " + left.others());
        }
        if (!left.ours().isEmpty()) {
            throw new IllegalStateException("the benchmark left " + left.ours().size() + " temporary folder(s) behind: "
                    + left.ours());
        }
    }

    private static String lookupTable(Collection<RunResult> results, int warmups, int iterations) {
        double floor = results.stream().filter(r -> name(r).equals(FLOOR)).findFirst()
                .map(r -> r.getPrimaryResult().getScore()).orElseThrow();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "JMH, 2 forks, %d x 1 s warm-up, %d x 1 s measurement, GC profiler; %s, %s, %d cores%n%n",
                warmups, iterations, System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors()));
        s.append("| benchmark | ns/op | ± error | B/op | × HashMap.get |\n|---|---:|---:|---:|---:|\n");
        List<RunResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(BenchMain::name));
        for (RunResult r : sorted) {
            Result<?> primary = r.getPrimaryResult();
            s.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s | %.2f |%n", name(r), primary.getScore(),
                    primary.getScoreError(), bytesPerOp(r.getSecondaryResults()), primary.getScore() / floor));
        }
        return s.toString();
    }

    private static String name(RunResult r) {
        String full = r.getParams().getBenchmark();
        return full.substring(full.lastIndexOf('.') + 1);
    }

    @SuppressWarnings("rawtypes") // RunResult.getSecondaryResults() is a Map of raw Result in JMH's API
    private static String bytesPerOp(Map<String, Result> secondary) {
        return secondary.entrySet().stream().filter(e -> e.getKey().endsWith("gc.alloc.rate.norm")).findFirst()
                .map(e -> String.format(Locale.ROOT, "%.1f", e.getValue().getScore())).orElse("n/a");
    }

    /** Process start to the first line printed, median of several runs, for each program. */
    private static String coldStartTable() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path properties = null;
        Path plainClasses = null;
        Path catalogClasses = null;
        try {
            properties = PropertiesBundles.write(TempDirs.create("vodbench-cold"));
            plainClasses = TempDirs.create("plain-jdk");
            copyClass(ColdStartResourceBundle.class, plainClasses);
            // the catalog's program on the jars a user has (the library's and VOD's), not on the shaded benchmarks jar
            catalogClasses = TempDirs.create("catalog-cold");
            copyClass(ColdStartCatalog.class, catalogClasses);
            String separator = System.getProperty("path.separator");
            Path target = jar.toAbsolutePath().getParent();
            String catalogPath = String.join(separator, catalogClasses.toString(),
                    target.resolve("growth-libs").resolve("*").toString(), target.resolve("product-libs").resolve("*").toString());

            long plain = median(List.of(java, "-cp", plainClasses + separator + properties, ColdStartResourceBundle.class.getName()));
            long catalog = median(List.of(java, "-cp", catalogPath, ColdStartCatalog.class.getName()));
            StringBuilder s = new StringBuilder("Cold start: process start to the first message printed, median of " + COLD_RUNS + " runs\n\n");
            s.append("| program | ms | × plain JDK |\n|---|---:|---:|\n");
            s.append(String.format(Locale.ROOT, "| plain JDK: ResourceBundle, one class | %d | 1.00 |%n", plain));
            s.append(String.format(Locale.ROOT, "| errorcatalog: ErrorCatalog.load().resolve(...) | %d | %.2f |%n", catalog, (double) catalog / plain));
            Path cli = Path.of("catalog-cli", "target", "errorcatalog.jar");
            if (Files.isRegularFile(cli)) {
                long lookup = median(List.of(java, "-jar", cli.toString(), "lookup", "-p", "vod", "-l", "zh-CN", "InvalidParameterValue.FileIdsTooMany"));
                s.append(String.format(Locale.ROOT, "| command line: errorcatalog.jar lookup | %d | %.2f |%n", lookup, (double) lookup / plain));
            }
            return s.toString();
        } finally {
            TempDirs.delete(properties, plainClasses, catalogClasses);
        }
    }

    static void copyClass(Class<?> type, Path root) throws IOException {
        String resource = type.getName().replace('.', '/') + ".class";
        Path target = root.resolve(resource);
        Files.createDirectories(target.getParent());
        try (var in = type.getClassLoader().getResourceAsStream(resource)) {
            Files.write(target, in.readAllBytes());
        }
    }

    private static long median(List<String> command) throws IOException, InterruptedException {
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < COLD_RUNS; run++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String first = r.readLine();
                times.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                if (first == null || p.waitFor() != 0) {
                    throw new IllegalStateException(command + " printed nothing or failed");
                }
                r.lines().forEach(l -> { });
            }
        }
        times.sort(Long::compare);
        return times.get(times.size() / 2);
    }
}
