package dev.errorcatalog.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every product installed (catalog-all and the modules it depends on: VOD, KMS, Live, legacy) against one product
 * installed (VOD alone), the plain-JDK {@code ResourceBundle} program and {@code java -version}, all in fresh JVMs of
 * this run, reported as ratios beside the targets of the issue on every product:
 * <ul>
 * <li>{@code ErrorCatalog.load()} and process start to the first message, and the retained heap after it and with
 *     everything loaded, through {@link EveryProductProbe} (the growth table's way, so the rows compare);</li>
 * <li>the command line's launcher ({@code catalog-cli/errorcatalog}): {@code lookup -p cvm}, {@code lookup} without
 *     {@code -p}, {@code search}, against {@code java -version}, process start to exit;</li>
 * <li>the size of the catalog-all jar.</li>
 * </ul>
 * The programs of one measurement run in turns (A, B, C, A, B, C, …), so a machine that slows down in the middle
 * slows each of them alike.
 */
final class EveryProduct {
    /** Timed runs per program; their median is reported. */
    static final int TIME_RUNS = 11;
    /** Heap runs per class path; the figures vary little from run to run. */
    static final int HEAP_RUNS = 3;
    /** The first message with every product installed: a product only catalog-all has. */
    static final String PRODUCT = "cvm";
    static final String CODE = "InvalidInstanceId.NotFound";
    static final String SEARCH = "instance not found";
    private static final String ONE = "vod";

    static final double LOAD_TARGET = 1.25;
    static final double START_TARGET = 1.5;
    static final double LAUNCHER_TARGET = 3;
    static final double WITHOUT_PRODUCT_TARGET = 1.2;
    static final double SEARCH_TARGET = 2;
    static final long FIRST_MESSAGE_HEAP_TARGET_KIB = 1024;
    static final long EVERYTHING_HEAP_TARGET_KIB = 16 * 1024;
    static final long JAR_TARGET_KIB = 4 * 1024;

    private EveryProduct() {
    }

    /** One run of a program: process start to its first line and to its exit, and what it printed. */
    private record Run(long firstLineNs, long exitNs, List<String> lines) {
    }

    /** The jars and programs this part runs, checked before anything is measured. */
    record Setup(List<Path> libs, Path vod, List<Path> all, Path allJar, Path cliJar, Path launcher) {
    }

    /**
     * Checks what the part needs is built, so a full run fails before its JMH part rather than at its end.
     *
     * @param benchmarksJar the running jar; the build copies the other jars beside it
     */
    static Setup setup(Path benchmarksJar) throws IOException {
        Path target = benchmarksJar.toAbsolutePath().getParent();
        List<Path> libs = Growth.libs(target.resolve("growth-libs"));
        Path vod = jars(target.resolve("product-libs"), List.of("catalog-vod-")).get(0);
        List<Path> all = jars(target.resolve("all-libs"),
                List.of("catalog-all-", "catalog-vod-", "catalog-kms-", "catalog-live-", "catalog-legacy-"));
        Path cli = Path.of("catalog-cli").toAbsolutePath();
        Path cliJar = cli.resolve("target").resolve("errorcatalog.jar");
        Path launcher = cli.resolve("errorcatalog");
        if (!Files.isRegularFile(cliJar) || !Files.isExecutable(launcher)) {
            throw new IllegalStateException(cliJar + " or the launcher " + launcher + " is missing: run from the repository's "
                    + "root after building catalog-cli (run.sh does both)");
        }
        return new Setup(libs, vod, all, all.get(0), cliJar, launcher);
    }

    /** At most this much slower, first use of a product with the action lists in the jars against without (issue 27). */
    static final double ACTIONS_TARGET = 1.10;

    /** A copy of the jar, in {@code dir}, without the products' action lists ({@code META-INF/errorcatalog/…/actions}). */
    static Path withoutActions(Path jar, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path copy = dir.resolve(jar.getFileName());
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(jar.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(copy))) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(in.entries())) {
                if (e.getName().startsWith("META-INF/errorcatalog/") && e.getName().endsWith("/actions")) {
                    continue;
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                try (java.io.InputStream content = in.getInputStream(e)) {
                    content.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return copy;
    }

    /** The jars in {@code dir}, one starting with each of {@code needed} first in that order, then any others. */
    private static List<Path> jars(Path dir, List<String> needed) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir + " is missing: build with -Pbench package (run.sh does), which copies "
                    + "the product modules there");
        }
        List<Path> found;
        try (Stream<Path> files = Files.list(dir)) {
            found = files.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toCollection(ArrayList::new));
        }
        List<Path> ordered = new ArrayList<>();
        for (String prefix : needed) {
            Path jar = found.stream().filter(j -> j.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(dir + " has no " + prefix + "*.jar: rebuild with -Pbench package"));
            ordered.add(jar);
            found.remove(jar);
        }
        ordered.addAll(found);
        return ordered;
    }

    /** The part's tables, as Markdown with lines saying how they were made. */
    static String table(Setup setup) throws IOException, InterruptedException {
        long started = System.nanoTime();
        String separator = System.getProperty("path.separator");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String expectedVod = PropertiesBundles.messages(Locale.SIMPLIFIED_CHINESE).get(ColdStartCatalog.CODE);
        Path root = null;
        try {
            root = TempDirs.create("errorcatalog-every");
            Path probe = root.resolve("probe");
            BenchMain.copyClass(EveryProductProbe.class, probe);
            BenchMain.copyClass(GrowthProbe.class, probe);
            Path plain = root.resolve("plain");
            BenchMain.copyClass(ColdStartResourceBundle.class, plain);
            Path properties = PropertiesBundles.write(root.resolve("bundles"));

            List<Path> oneCp = new ArrayList<>(setup.libs());
            oneCp.add(probe);
            oneCp.add(setup.vod());
            List<Path> allCp = new ArrayList<>(setup.libs());
            allCp.add(probe);
            allCp.addAll(setup.all());
            // the same jars without their action lists: what first use cost before actions were in the data
            List<Path> noActionsCp = new ArrayList<>(setup.libs());
            noActionsCp.add(probe);
            for (Path jar : setup.all()) {
                noActionsCp.add(withoutActions(jar, root.resolve("no-actions")));
            }
            String one = join(oneCp, separator);
            String all = join(allCp, separator);
            String noActions = join(noActionsCp, separator);
            String probeMain = EveryProductProbe.class.getName();

            // time: the plain-JDK program and the probe on both class paths, in turns
            Map<String, List<String>> timedPrograms = new LinkedHashMap<>();
            timedPrograms.put("plain", List.of(java, "-cp", plain + separator + properties, ColdStartResourceBundle.class.getName()));
            timedPrograms.put("one", List.of(java, "-cp", one, probeMain, "time", ONE, ColdStartCatalog.CODE));
            timedPrograms.put("all", List.of(java, "-cp", all, probeMain, "time", PRODUCT, CODE));
            timedPrograms.put("all-vod", List.of(java, "-cp", all, probeMain, "time", ONE, ColdStartCatalog.CODE));
            timedPrograms.put("all-no-actions", List.of(java, "-cp", noActions, probeMain, "time", PRODUCT, CODE));
            Map<String, List<Run>> timed = inTurns(timedPrograms, TIME_RUNS, Map.of());
            String cvmMessage = timed.get("all").get(0).lines().get(0);
            check(timed.get("plain"), 1, expectedVod);
            check(timed.get("one"), 2, expectedVod);
            check(timed.get("all-vod"), 2, expectedVod);
            check(timed.get("all"), 2, cvmMessage);
            check(timed.get("all-no-actions"), 2, cvmMessage);
            for (Run r : timed.get("all-no-actions")) {
                if (figures(r).get("actions") != 0) {
                    throw new IllegalStateException("the jars without action lists still have " + PRODUCT + "'s: " + r.lines());
                }
            }
            for (String program : List.of("one", "all", "all-vod", "all-no-actions")) {
                for (Run r : timed.get(program)) {
                    if (figures(r).get("exact") != 1) {
                        throw new IllegalStateException(program + ": the first message was not the exact zh-CN text: " + r.lines());
                    }
                }
            }

            // heap: separate runs, as the collections would delay the message
            Map<String, List<String>> heapPrograms = new LinkedHashMap<>();
            heapPrograms.put("one", List.of(java, "-cp", one, probeMain, "heap", ONE, ColdStartCatalog.CODE));
            heapPrograms.put("all-vod", List.of(java, "-cp", all, probeMain, "heap", ONE, ColdStartCatalog.CODE));
            heapPrograms.put("all", List.of(java, "-cp", all, probeMain, "heap", PRODUCT, CODE));
            Map<String, List<Run>> heap = inTurns(heapPrograms, HEAP_RUNS, Map.of());
            check(heap.get("one"), 2, expectedVod);
            check(heap.get("all-vod"), 2, expectedVod);
            check(heap.get("all"), 2, cvmMessage);
            Map<String, Long> allCounts = figures(heap.get("all").get(0));
            if (figures(heap.get("one").get(0)).get("products") != 1 || allCounts.get("products") < 250) {
                throw new IllegalStateException("the probe found " + figures(heap.get("one").get(0)).get("products")
                        + " product(s) with VOD alone and " + allCounts.get("products") + " with every product installed");
            }

            // the command line: the launcher, and java -jar for reference; process start to exit
            Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"));
            String launcher = setup.launcher().toString();
            List<String> words = List.of(SEARCH.split(" "));
            Map<String, List<String>> cliPrograms = new LinkedHashMap<>();
            cliPrograms.put("java -version", List.of(java, "-version"));
            cliPrograms.put("lookup -p", List.of(launcher, "lookup", "-p", PRODUCT, "-l", "zh-CN", CODE));
            cliPrograms.put("lookup", List.of(launcher, "lookup", "-l", "zh-CN", CODE));
            List<String> search = new ArrayList<>(List.of(launcher, "search"));
            search.addAll(words);
            cliPrograms.put("search", search);
            cliPrograms.put("java -jar lookup -p", List.of(java, "-jar", setup.cliJar().toString(), "lookup", "-p", PRODUCT, "-l", "zh-CN", CODE));
            Map<String, List<Run>> cli = inTurns(cliPrograms, TIME_RUNS, env);
            for (String lookup : List.of("lookup -p", "lookup", "java -jar lookup -p")) {
                for (Run r : cli.get(lookup)) {
                    if (r.lines().stream().noneMatch(l -> l.contains(cvmMessage))) {
                        throw new IllegalStateException(lookup + " did not print CVM's message '" + cvmMessage + "': " + r.lines());
                    }
                }
            }
            for (Run r : cli.get("search")) {
                if (r.lines().isEmpty()) {
                    throw new IllegalStateException("search " + SEARCH + " found nothing");
                }
            }
            boolean archiveUsed = archiveUsable(java, setup.cliJar());

            return tables(setup, timed, heap, cli, archiveUsed, cvmMessage,
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        } finally {
            TempDirs.delete(root);
        }
    }

    private static String tables(Setup setup, Map<String, List<Run>> timed, Map<String, List<Run>> heap,
                                 Map<String, List<Run>> cli, boolean archiveUsed, String cvmMessage, long seconds) throws IOException {
        Map<String, Long> counts = figures(heap.get("all").get(0));
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Every product: catalog-all with VOD, KMS, Live and legacy (%d products, %d codes, "
                        + "%d exact entries over %d product-locale tables, common not counted) against VOD alone, on the library's own jars. "
                        + "Times: median of %d runs; heap: used heap after full GC (MemoryMXBean, as in the growth table), "
                        + "median of %d; the programs of each measurement run in turns.%n%n",
                counts.get("products"), counts.get("codes"), counts.get("entries"), counts.get("tables"), TIME_RUNS, HEAP_RUNS));

        // the growth table's columns, so the rows read beside it
        s.append("| installed | first message | process start to first message (ms) | ErrorCatalog.load() (ms) "
                + "| first message after load (ms) | retained heap after load() (KiB) | retained heap after first message (KiB) "
                + "| retained heap with everything loaded (KiB) | per product and locale loaded (KiB) |\n");
        s.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        s.append(growthRow("VOD alone", ONE + " " + ColdStartCatalog.CODE, timed.get("one"), heap.get("one")));
        s.append(growthRow("every product", ONE + " " + ColdStartCatalog.CODE, timed.get("all-vod"), heap.get("all-vod")));
        s.append(growthRow("every product", PRODUCT + " " + CODE, timed.get("all"), heap.get("all")));

        long plain = ms(median(timed.get("plain"), Run::firstLineNs));
        double loadOne = median(timed.get("one"), r -> figures(r).get("load-ns")) / 1e6;
        double loadAll = median(timed.get("all"), r -> figures(r).get("load-ns")) / 1e6;
        long startAll = ms(median(timed.get("all"), Run::firstLineNs));
        long version = ms(median(cli.get("java -version"), Run::exitNs));
        long lookupP = ms(median(cli.get("lookup -p"), Run::exitNs));
        long lookup = ms(median(cli.get("lookup"), Run::exitNs));
        long search = ms(median(cli.get("search"), Run::exitNs));
        long firstOne = kib(retained(heap.get("one"), "first"));
        long firstAllVod = kib(retained(heap.get("all-vod"), "first"));
        long firstAll = kib(retained(heap.get("all"), "first"));
        long everything = kib(retained(heap.get("all"), "all"));
        long everythingOne = kib(retained(heap.get("one"), "all"));
        long loadAllOnly = kib(retained(heap.get("all"), "loadall"));
        long jar = Files.size(setup.allJar());

        s.append("\nAgainst the targets, each beside its baseline measured in this run:\n\n");
        s.append("| measurement | baseline | baseline | every product | ratio or difference | target | |\n");
        s.append("|---|---|---:|---:|---:|---:|---|\n");
        s.append(ratioRow("ErrorCatalog.load() (ms)", "VOD alone", loadOne, loadAll, LOAD_TARGET, "%.1f"));
        s.append(ratioRow("process start to first message, " + PRODUCT + " " + CODE + " zh-CN (ms)",
                "plain JDK: ResourceBundle, one class", plain, startAll, START_TARGET, "%.0f"));
        double firstNoActions = median(timed.get("all-no-actions"), r -> figures(r).get("first-ns")) / 1e6;
        double firstActions = median(timed.get("all"), r -> figures(r).get("first-ns")) / 1e6;
        s.append(ratioRow("first message after load, " + PRODUCT + " " + CODE + " zh-CN, with the action lists in the jars (ms)",
                "the same jars without them", firstNoActions, firstActions, ACTIONS_TARGET, "%.2f"));
        double startNoActions = median(timed.get("all-no-actions"), Run::firstLineNs) / 1e6;
        s.append(ratioRow("process start to first message, " + PRODUCT + " " + CODE + " zh-CN, with the action lists (ms)",
                "the same jars without them", startNoActions, startAll, ACTIONS_TARGET, "%.0f"));
        double actionsRead = median(timed.get("all"), r -> figures(r).get("actions-ns")) / 1e6;
        s.append(String.format(Locale.ROOT, "| first %s.actions() after the first message: its %d actions read (ms) | | | %.2f | | | |%n",
                PRODUCT, figures(timed.get("all").get(0)).get("actions"), actionsRead));
        s.append(ratioRow("launcher: lookup -p " + PRODUCT + " -l zh-CN " + CODE + ", to exit (ms)", "java -version", version, lookupP,
                LAUNCHER_TARGET, "%.0f"));
        s.append(ratioRow("launcher: lookup -l zh-CN " + CODE + " (no -p), to exit (ms)", "launcher: lookup -p " + PRODUCT, lookupP, lookup,
                WITHOUT_PRODUCT_TARGET, "%.0f"));
        s.append(ratioRow("launcher: search " + SEARCH + ", to exit (ms)", "launcher: lookup -p " + PRODUCT, lookupP, search,
                SEARCH_TARGET, "%.0f"));
        s.append(differenceRow("retained heap after the first message, " + ONE + " " + ColdStartCatalog.CODE + " (KiB)",
                "VOD alone", firstOne, firstAllVod));
        s.append(differenceRow("retained heap after the first message, " + PRODUCT + " " + CODE + " (KiB)",
                "VOD alone, its own first message", firstOne, firstAll));
        s.append(String.format(Locale.ROOT, "| retained heap with every product loaded in both languages (KiB) | VOD alone, everything "
                        + "loaded | %d | %d | | ≤ %d | %s |%n", everythingOne, everything, EVERYTHING_HEAP_TARGET_KIB,
                verdict(everything <= EVERYTHING_HEAP_TARGET_KIB)));
        long withActions = kib(retained(heap.get("all"), "withactions"));
        s.append(String.format(Locale.ROOT, "| retained heap with every product loaded and every product's %d action lists read (KiB) "
                        + "| every product loaded | %d | %d | +%d KiB | | |%n", figures(heap.get("all").get(0)).get("actions"),
                everything, withActions, withActions - everything));
        s.append(String.format(Locale.ROOT, "| catalog-all jar, %s (KiB) | | | %.0f | | ≤ %d | %s |%n", setup.allJar().getFileName(),
                jar / 1024.0, JAR_TARGET_KIB, verdict(jar <= JAR_TARGET_KIB * 1024)));

        s.append("\nThe command line, every product installed, process start to its first line and to its exit; the launcher "
                + "uses the class-data sharing archive " + (archiveUsed ? "(usable by this JVM: checked with -Xshare:on)"
                : "**which this JVM cannot use (checked with -Xshare:on): the launcher ran without it**") + ":\n\n");
        s.append("| command | first line (ms) | exit (ms) | × java -version (exit) |\n|---|---:|---:|---:|\n");
        for (Map.Entry<String, List<Run>> e : cli.entrySet()) {
            long exit = ms(median(e.getValue(), Run::exitNs));
            s.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f |%n", command(e.getKey()),
                    ms(median(e.getValue(), Run::firstLineNs)), exit, (double) exit / version));
        }
        long installed = 0;
        for (Path p : setup.all()) {
            installed += Files.size(p);
        }
        s.append(String.format(Locale.ROOT, "%nThe first message with every product installed: %s. The jars of every product "
                        + "(catalog-all, VOD, KMS, Live, legacy): %.0f KiB. Every product loaded is read after loadAll() and "
                        + "each product's entries in each of its locales (after loadAll() alone: %d KiB). Every-product part: "
                        + "%d s in all.%n", cvmMessage, installed / 1024.0, loadAllOnly, seconds));
        return s.toString();
    }

    private static String command(String key) {
        return switch (key) {
            case "java -version" -> "java -version";
            case "lookup -p" -> "launcher: lookup -p " + PRODUCT + " -l zh-CN " + CODE;
            case "lookup" -> "launcher: lookup -l zh-CN " + CODE;
            case "search" -> "launcher: search " + SEARCH;
            case "java -jar lookup -p" -> "java -jar errorcatalog.jar lookup -p " + PRODUCT + " -l zh-CN " + CODE;
            default -> key;
        };
    }

    private static String growthRow(String installed, String first, List<Run> timed, List<Run> heap) {
        long perTable = median(heap, r -> {
            Map<String, Long> f = figures(r);
            return (f.get("all") - f.get("load")) / f.get("tables");
        });
        return String.format(Locale.ROOT, "| %s (%d) | %s | %d | %.1f | %.2f | %d | %d | %d | %d |%n", installed,
                figures(heap.get(0)).get("products"), first, ms(median(timed, Run::firstLineNs)),
                median(timed, r -> figures(r).get("load-ns")) / 1e6, median(timed, r -> figures(r).get("first-ns")) / 1e6,
                kib(retained(heap, "load")), kib(retained(heap, "first")), kib(retained(heap, "all")), kib(perTable));
    }

    private static String ratioRow(String what, String baselineName, double baseline, double value, double target, String format) {
        double ratio = value / baseline;
        return String.format(Locale.ROOT, "| %s | %s | " + format + " | " + format + " | %.2f × | ≤ %s × | %s |%n", what, baselineName,
                baseline, value, ratio, target, verdict(ratio <= target));
    }

    private static String differenceRow(String what, String baselineName, long baseline, long value) {
        long difference = value - baseline;
        return String.format(Locale.ROOT, "| %s | %s | %d | %d | %+d KiB | ≤ +%d KiB | %s |%n", what, baselineName, baseline, value,
                difference, FIRST_MESSAGE_HEAP_TARGET_KIB, verdict(difference <= FIRST_MESSAGE_HEAP_TARGET_KIB));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    /** A heap reading minus the same run's reading at start (its baseline), median over the runs. */
    private static long retained(List<Run> runs, String figure) {
        return median(runs, r -> figures(r).get(figure) - figures(r).get("baseline"));
    }

    /** Each program {@code runs} times, the programs in turns; fails if one exits with an error. */
    private static Map<String, List<Run>> inTurns(Map<String, List<String>> programs, int runs, Map<String, String> env)
            throws IOException, InterruptedException {
        Map<String, List<Run>> results = new LinkedHashMap<>();
        programs.keySet().forEach(k -> results.put(k, new ArrayList<>()));
        for (int run = 0; run < runs; run++) {
            for (Map.Entry<String, List<String>> e : programs.entrySet()) {
                results.get(e.getKey()).add(run(e.getValue(), env));
            }
        }
        return results;
    }

    private static Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process p = builder.start();
        List<String> lines = new ArrayList<>();
        long firstLine = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (firstLine < 0) {
                    firstLine = System.nanoTime() - start;
                }
                lines.add(line);
            }
        } catch (IOException e) {
            p.destroy(); // no child left running when the parent gives up on it
            throw e;
        }
        int exit = p.waitFor();
        long exited = System.nanoTime() - start;
        if (exit != 0 || lines.isEmpty()) {
            throw new IllegalStateException(command + " exited with " + exit + " and printed:\n" + String.join("\n", lines));
        }
        return new Run(firstLine, exited, List.copyOf(lines));
    }

    /** Every run printed {@code lines} lines, the first being {@code expected}. */
    private static void check(List<Run> runs, int lines, String expected) {
        for (Run r : runs) {
            if (r.lines().size() != lines || !r.lines().get(0).equals(expected)) {
                throw new IllegalStateException("expected " + lines + " line(s), the first '" + expected + "', got " + r.lines());
            }
        }
    }

    /** The probe's second line, {@code key=value} pairs. */
    private static Map<String, Long> figures(Run run) {
        Map<String, Long> figures = new HashMap<>();
        for (String pair : run.lines().get(1).split(" ")) {
            String[] kv = pair.split("=", 2);
            figures.put(kv[0], Long.parseLong(kv[1]));
        }
        return figures;
    }

    /** Whether this JVM can map the launcher's class-data sharing archive: without it, the launcher runs as java -jar does. */
    private static boolean archiveUsable(String java, Path cliJar) throws IOException, InterruptedException {
        Path archive = cliJar.resolveSibling("errorcatalog.jsa");
        if (!Files.isRegularFile(archive)) {
            return false;
        }
        Process p = new ProcessBuilder(java, "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-XX:TieredStopAtLevel=1",
                "-jar", cliJar.toString(), "--version").redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        return p.waitFor() == 0;
    }

    private static long median(List<Run> runs, ToLongFunction<Run> figure) {
        long[] values = runs.stream().mapToLong(figure).sorted().toArray();
        return values[values.length / 2];
    }

    private static long ms(long ns) {
        return TimeUnit.NANOSECONDS.toMillis(ns);
    }

    private static long kib(long bytes) {
        return bytes / 1024;
    }

    private static String join(List<Path> paths, String separator) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(separator));
    }
}
