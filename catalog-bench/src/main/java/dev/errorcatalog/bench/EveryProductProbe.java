package dev.errorcatalog.bench;

import dev.errorcatalog.CatalogProblem;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.Product;
import dev.errorcatalog.Resolution;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The child program of the every-product measurement ({@link EveryProduct}), run with the library's jars and either
 * VOD alone or catalog-all and the modules it depends on. Copied, with {@link GrowthProbe} (whose heap reading it
 * shares, so the figures compare with the growth table's), into a folder of its own: the benchmarks jar must not
 * bring VOD onto the class path. Uses only the catalog's public API.
 *
 * <p>Arguments: {@code time|heap <product> <code>}. It prints the zh-CN message of the code as its first line, then
 * one line of figures, {@code exact=1} among them when the very code answered from the product asked for in zh-CN:
 * <ul>
 * <li>{@code time}: {@code load-ns} ({@code ErrorCatalog.load()}) and {@code first-ns} (the first
 *     {@code resolve(...)} and its message), nothing done before them; then {@code actions-ns}, the product's first
 *     {@code actions()}, and {@code actions}, how many it has;</li>
 * <li>{@code heap}: used heap in bytes after full collections at start ({@code baseline}), after {@code load()},
 *     after the first message, after {@code loadAll()} ({@code loadall}) and after each product's {@code entries} in
 *     each of its locales have been read ({@code all}); {@code products} (without common), {@code tables} (product
 *     and locale pairs), {@code codes} (the codes they declare) and {@code entries} (exact entries over every table:
 *     a code with text in both languages counts twice); then after every product's {@code actions()} has been read
 *     ({@code withactions}), and how many {@code actions} they have.</li>
 * </ul>
 */
public final class EveryProductProbe {
    private EveryProductProbe() {
    }

    public static void main(String[] args) {
        if (args.length != 3 || !List.of("time", "heap").contains(args[0])) {
            throw new IllegalArgumentException("usage: EveryProductProbe time|heap <product> <code>, not " + List.of(args));
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean heap = args[0].equals("heap");
        // the management beans' own classes and objects belong to the baseline, not to the catalog
        MemoryMXBean memory = heap ? ManagementFactory.getMemoryMXBean() : null;
        long baseline = heap ? GrowthProbe.usedAfterGc(memory) : 0;

        long t0 = System.nanoTime();
        ErrorCatalog catalog = ErrorCatalog.load();
        long t1 = System.nanoTime();
        long loaded = heap ? GrowthProbe.usedAfterGc(memory) : 0;
        long t2 = System.nanoTime();
        Resolution first = catalog.product(args[1]).resolve(args[2], Locale.SIMPLIFIED_CHINESE);
        String message = first.message();
        long t3 = System.nanoTime();
        out.println(message);
        // checked after the message is out, so the check is not timed
        int exact = first.kind() == MatchKind.EXACT && first.matchedProduct().map(p -> p.value().equals(args[1])).orElse(false)
                && first.locale().equals(Locale.SIMPLIFIED_CHINESE) ? 1 : 0;
        if (!heap) {
            // the product's action lists, read when first asked for: after the first message, never before it
            long t4 = System.nanoTime();
            int actions = catalog.product(args[1]).actions().all().size();
            long t5 = System.nanoTime();
            out.println("load-ns=" + (t1 - t0) + " first-ns=" + (t3 - t2) + " exact=" + exact + " actions-ns=" + (t5 - t4)
                    + " actions=" + actions);
            return;
        }
        long firstMessage = GrowthProbe.usedAfterGc(memory);
        List<CatalogProblem> problems = catalog.loadAll();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the installed products have problems: " + problems);
        }
        long loadAll = GrowthProbe.usedAfterGc(memory);
        long products = 0;
        long tables = 0;
        long codes = 0;
        long entries = 0;
        for (var id : catalog.products()) {
            if (id.isCommon()) {
                continue;
            }
            Product product = catalog.product(id);
            products++;
            codes += product.codes().size();
            for (Locale locale : product.locales()) {
                tables++;
                entries += product.entries(locale).size();
            }
        }
        long all = GrowthProbe.usedAfterGc(memory);
        // then every product's action lists, which a catalog reads only when they are asked for
        long actions = 0;
        for (var id : catalog.products()) {
            actions += catalog.product(id).actions().all().size();
        }
        long withActions = GrowthProbe.usedAfterGc(memory);
        out.println("baseline=" + baseline + " load=" + loaded + " first=" + firstMessage + " loadall=" + loadAll
                + " all=" + all + " products=" + products + " tables=" + tables + " codes=" + codes + " entries=" + entries + " exact=" + exact
                + " actions=" + actions + " withactions=" + withActions);
        Reference.reachabilityFence(catalog); // kept to the end: every figure above includes it
    }
}
