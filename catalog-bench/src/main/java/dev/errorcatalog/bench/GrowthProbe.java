package dev.errorcatalog.bench;

import dev.errorcatalog.CatalogProblem;
import dev.errorcatalog.ErrorCatalog;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The child program of the growth measurement, run with the library's jars and N generated product jars on its
 * class path (no shipped product module). Copied into a folder of its own, as it must not bring the benchmarks
 * jar, and VOD with it, onto the class path. Uses only the catalog's public API.
 *
 * <p>Arguments: {@code time|heap <product> <code>}. It prints the zh-CN message of the code as its first line (the
 * parent times process start to that line and checks the text), then one line of figures:
 * <ul>
 * <li>{@code time}: {@code load-ns=<ErrorCatalog.load()> first-ns=<the first resolve(...).message()>}, with
 *     nothing done before them, so the first line is a true cold start;</li>
 * <li>{@code heap}: used heap in bytes after a full collection ({@link MemoryMXBean}, repeated until stable) at
 *     start ({@code baseline}), after {@code load()} ({@code load}), after the first message ({@code first}) and
 *     after {@code loadAll()} ({@code all}); the collections before the message make its timing meaningless, so
 *     timing and heap are separate runs.</li>
 * </ul>
 */
public final class GrowthProbe {
    private GrowthProbe() {
    }

    public static void main(String[] args) {
        if (args.length != 3 || !List.of("time", "heap").contains(args[0])) {
            throw new IllegalArgumentException("usage: GrowthProbe time|heap <product> <code>, not " + List.of(args));
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean heap = args[0].equals("heap");
        // the management beans' own classes and objects belong to the baseline, not to the catalog
        MemoryMXBean memory = heap ? ManagementFactory.getMemoryMXBean() : null;
        long baseline = heap ? usedAfterGc(memory) : 0;

        long t0 = System.nanoTime();
        ErrorCatalog catalog = ErrorCatalog.load();
        long t1 = System.nanoTime();
        long loaded = heap ? usedAfterGc(memory) : 0;
        long t2 = System.nanoTime();
        String message = catalog.product(args[1]).resolve(args[2], Locale.SIMPLIFIED_CHINESE).message();
        long t3 = System.nanoTime();
        out.println(message);
        if (!heap) {
            out.println("load-ns=" + (t1 - t0) + " first-ns=" + (t3 - t2));
            return;
        }
        long first = usedAfterGc(memory);
        List<CatalogProblem> problems = catalog.loadAll();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the installed products have problems: " + problems);
        }
        long all = usedAfterGc(memory);
        long products = catalog.products().stream().filter(p -> !p.isCommon()).count();
        out.println("baseline=" + baseline + " load=" + loaded + " first=" + first + " all=" + all + " products=" + products);
        Reference.reachabilityFence(catalog); // kept to the end: every figure above includes it
    }

    /**
     * Used heap after full collections, repeated until two readings are within 16 KiB (at most 10). The every-product
     * probe reads it the same way, so its figures compare with the growth table's.
     */
    static long usedAfterGc(MemoryMXBean memory) {
        long last = -1;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long used = memory.getHeapMemoryUsage().getUsed();
            if (last >= 0 && Math.abs(used - last) < 16 * 1024) {
                return used;
            }
            last = used;
        }
        return last;
    }
}
