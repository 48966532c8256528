package dev.errorcatalog.generator;

import dev.errorcatalog.i18n.ErrorCatalogException;
import dev.errorcatalog.i18n.Printable;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * What a new release of catalog-all's data changes, as a user upgrading wants to read it: per product, the codes
 * added, removed and reworded (per language, the old text and the new), and the products added and removed. It
 * compares two folders of facts ({@link Facts}: the committed facts of two checkouts or releases), or the project's
 * data (catalog-all's facts and the product modules') with what newer official lists would give
 * ({@link Refresh.Lists}), made in a temporary folder and never over the committed files.
 * <pre>{@code
 * data/diff.sh <old facts folder> <new facts folder>
 * data/diff.sh --sources --sdk-zh 3.1.1436          # the committed facts against that release's
 * }</pre>
 * Only the messages are compared (a code's text in each language); solutions, help addresses and API versions are
 * not. A product with no code is no product (catalog-all's build leaves it out).
 *
 * @param oldVersion the old data's version ({@link CompactData#dataVersion}), empty when it has no product
 * @param newVersion the new data's
 * @param products   the products that changed, in order
 * @param unmade     the products not compared, each with why: a module the new lists cannot make (as a refresh
 *                   from them would refuse to)
 */
@API(status = INTERNAL, since = "0.1.0")
public record DataDiff(String oldVersion, String newVersion, List<Product> products, Map<String, String> unmade) {
    public DataDiff {
        products = List.copyOf(products);
        unmade = java.util.Collections.unmodifiableMap(new TreeMap<>(unmade));
    }

    /** How a product changed. */
    public enum Status { ADDED, REMOVED, CHANGED }

    /**
     * A product's changes. An added product's codes are all {@code added}, a removed one's all {@code removed}.
     *
     * @param added    the new codes, each with its texts
     * @param removed  the codes gone, each with the texts it had
     * @param reworded the codes whose text changed in some language
     */
    public record Product(String product, Status status, List<Code> added, List<Code> removed, List<Reworded> reworded) {
        public Product {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            reworded = List.copyOf(reworded);
        }
    }

    /** A code with its message by language, in the product's language order. */
    public record Code(String code, Map<String, String> messages) {
        public Code {
            messages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(messages));
        }
    }

    /** A code whose text changed in the languages listed. */
    public record Reworded(String code, List<Rewording> changes) {
        public Reworded {
            changes = List.copyOf(changes);
        }
    }

    /** One language's text of a code, before and after: empty where the code had, or has, no text in it. */
    public record Rewording(String language, Optional<String> before, Optional<String> after) {
    }

    /** The facts of every product of a folder with at least one code, by product: every {@code *.json} file of it. */
    public static Map<String, ProductData> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new SourceFormatException(folder.toString(), 0, "no such folder of facts files");
        }
        Map<String, ProductData> products = new TreeMap<>();
        try (Stream<Path> all = Files.list(folder)) {
            for (Path f : all.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                ProductData data = Facts.read(f);
                if (!data.entries().isEmpty()) {
                    products.put(data.product(), data);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
        }
        return products;
    }

    /** The changes from the facts of one folder to another's. */
    public static DataDiff between(Path oldFolder, Path newFolder) {
        return of(read(oldFolder), read(newFolder));
    }

    /** The changes from one set of products' facts to another. */
    public static DataDiff of(Map<String, ProductData> before, Map<String, ProductData> after) {
        Set<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<Product> changed = new ArrayList<>();
        for (String id : ids) {
            ProductData old = before.get(id);
            ProductData now = after.get(id);
            if (old == null) {
                changed.add(new Product(id, Status.ADDED, codes(now, now.entries()), List.of(), List.of()));
            } else if (now == null) {
                changed.add(new Product(id, Status.REMOVED, List.of(), codes(old, old.entries()), List.of()));
            } else {
                compare(old, now).ifPresent(changed::add);
            }
        }
        return new DataDiff(CompactData.dataVersion(List.copyOf(before.values())),
                CompactData.dataVersion(List.copyOf(after.values())), changed, Map.of());
    }

    private static Optional<Product> compare(ProductData old, ProductData now) {
        Map<String, ProductData.Entry> was = byCode(old);
        Map<String, ProductData.Entry> is = byCode(now);
        List<ProductData.Entry> added = now.entries().stream().filter(e -> !was.containsKey(e.code())).toList();
        List<ProductData.Entry> removed = old.entries().stream().filter(e -> !is.containsKey(e.code())).toList();
        // the languages of both, the new product's order first, so a language a product gains or loses is compared too
        Set<String> languages = new LinkedHashSet<>(now.languages());
        languages.addAll(old.languages());
        List<Reworded> reworded = new ArrayList<>();
        for (ProductData.Entry e : now.entries()) {
            ProductData.Entry before = was.get(e.code());
            if (before == null) {
                continue;
            }
            List<Rewording> changes = new ArrayList<>();
            for (String language : languages) {
                Optional<String> from = text(before, language);
                Optional<String> to = text(e, language);
                if (!from.equals(to)) {
                    changes.add(new Rewording(language, from, to));
                }
            }
            if (!changes.isEmpty()) {
                reworded.add(new Reworded(e.code(), changes));
            }
        }
        if (added.isEmpty() && removed.isEmpty() && reworded.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Product(now.product(), Status.CHANGED, codes(now, added), codes(old, removed), reworded));
    }

    private static Map<String, ProductData.Entry> byCode(ProductData p) {
        return p.entries().stream().collect(Collectors.toMap(ProductData.Entry::code, e -> e));
    }

    private static Optional<String> text(ProductData.Entry e, String language) {
        return Optional.ofNullable(e.messages().get(language)).map(ProductData.Text::text);
    }

    private static List<Code> codes(ProductData p, List<ProductData.Entry> entries) {
        List<Code> codes = new ArrayList<>();
        for (ProductData.Entry e : entries) {
            Map<String, String> messages = new LinkedHashMap<>();
            for (String language : p.languages()) {
                text(e, language).ifPresent(t -> messages.put(language, t));
            }
            codes.add(new Code(e.code(), messages));
        }
        return codes;
    }

    /** Whether nothing a user reads changed in the products compared (the data version may have). */
    public boolean isEmpty() {
        return products.isEmpty();
    }

    private long count(Status status) {
        return products.stream().filter(p -> p.status() == status).count();
    }

    private int codes(java.util.function.Function<Product, List<?>> which) {
        return products.stream().mapToInt(p -> which.apply(p).size()).sum();
    }

    /** The summary line: how many products and codes changed, and how. */
    public String summary() {
        String notCompared = unmade.isEmpty() ? "" : "; " + plural(unmade.size(), "product") + " not compared";
        if (isEmpty()) {
            return (unmade.isEmpty() ? "no change" : "no change in the products compared") + notCompared;
        }
        return plural(products.size(), "product") + " changed (" + count(Status.ADDED) + " added, " + count(Status.REMOVED)
                + " removed): " + plural(codes(Product::added), "code") + " added, " + codes(Product::removed) + " removed, "
                + codes(Product::reworded) + " reworded" + notCompared;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /**
     * The changes as text: the summary line, the two data versions, then each product that changed, its codes
     * marked {@code +} (added), {@code -} (removed) and {@code ~} (reworded), each text quoted as a JSON string.
     */
    public String text() {
        StringBuilder s = new StringBuilder(summary()).append('\n');
        s.append("old data: ").append(version(oldVersion)).append('\n');
        s.append("new data: ").append(version(newVersion)).append('\n');
        unmade.forEach((product, why) -> s.append("not compared: ").append(product).append(": the new lists cannot make its module: ")
                .append(Printable.of(why)).append('\n'));
        for (Product p : products) {
            s.append('\n').append(p.product()).append(": ");
            switch (p.status()) {
                case ADDED -> s.append("new product, ").append(plural(p.added().size(), "code"));
                case REMOVED -> s.append("product removed, ").append(plural(p.removed().size(), "code"));
                case CHANGED -> s.append(p.added().size()).append(" added, ").append(p.removed().size()).append(" removed, ")
                        .append(p.reworded().size()).append(" reworded");
            }
            s.append('\n');
            p.added().forEach(c -> code(s, '+', c));
            p.removed().forEach(c -> code(s, '-', c));
            for (Reworded r : p.reworded()) {
                s.append("  ~ ").append(r.code()).append('\n');
                for (Rewording w : r.changes()) {
                    s.append("      ").append(w.language()).append(": ").append(quoted(w.before())).append(" → ")
                            .append(quoted(w.after())).append('\n');
                }
            }
        }
        return s.toString();
    }

    private static void code(StringBuilder s, char mark, Code c) {
        s.append("  ").append(mark).append(' ').append(c.code()).append('\n');
        c.messages().forEach((language, text) -> s.append("      ").append(language).append(": ").append(Json.string(text)).append('\n'));
    }

    private static String quoted(Optional<String> text) {
        return text.map(Json::string).orElse("(no text)");
    }

    private static String version(String version) {
        return version.isEmpty() ? "(no product)" : Printable.of(version);
    }

    /** The changes as one JSON object: the versions, the counts, and each product's codes. */
    public String json() {
        StringBuilder s = new StringBuilder("{\"oldVersion\": ").append(Json.string(oldVersion))
                .append(", \"newVersion\": ").append(Json.string(newVersion))
                .append(", \"summary\": {\"products\": {\"added\": ").append(count(Status.ADDED)).append(", \"removed\": ")
                .append(count(Status.REMOVED)).append(", \"changed\": ").append(count(Status.CHANGED))
                .append("}, \"codes\": {\"added\": ").append(codes(Product::added)).append(", \"removed\": ")
                .append(codes(Product::removed)).append(", \"reworded\": ").append(codes(Product::reworded)).append("}}")
                .append(", \"notCompared\": ").append(unmade.entrySet().stream().map(u -> Json.string(u.getKey()) + ": " + Json.string(u.getValue()))
                        .collect(Collectors.joining(", ", "{", "}")))
                .append(", \"products\": [");
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            s.append(i == 0 ? "" : ", ").append("{\"product\": ").append(Json.string(p.product())).append(", \"status\": ")
                    .append(Json.string(p.status().name().toLowerCase(java.util.Locale.ROOT)))
                    .append(", \"added\": ").append(codesJson(p.added())).append(", \"removed\": ").append(codesJson(p.removed()))
                    .append(", \"reworded\": [");
            for (int j = 0; j < p.reworded().size(); j++) {
                Reworded r = p.reworded().get(j);
                s.append(j == 0 ? "" : ", ").append("{\"code\": ").append(Json.string(r.code())).append(", \"changes\": ")
                        .append(r.changes().stream().map(w -> "{\"language\": " + Json.string(w.language()) + ", \"old\": "
                                + w.before().map(Json::string).orElse("null") + ", \"new\": " + w.after().map(Json::string).orElse("null") + "}")
                                .collect(Collectors.joining(", ", "[", "]"))).append('}');
            }
            s.append("]}");
        }
        return s.append("]}\n").toString();
    }

    private static String codesJson(List<Code> codes) {
        return codes.stream().map(c -> "{\"code\": " + Json.string(c.code()) + ", \"message\": " + c.messages().entrySet().stream()
                .map(m -> Json.string(m.getKey()) + ": " + Json.string(m.getValue())).collect(Collectors.joining(", ", "{", "}")) + "}")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** The options of {@link #main}, as its usage line shows them. */
    static final String USAGE = "usage: DataDiff [--format text|json] <old facts folder> <new facts folder>\n"
            + "       DataDiff [--format text|json] --sources <project folder> <shared folder> " + Refresh.OPTIONS;

    /**
     * Prints the changes between two facts folders, or from the project's committed facts to those the official
     * lists the options name would give (as {@link Refresh} would write them; nothing of the project is written).
     */
    public static void main(String[] args) {
        try {
            System.out.print(run(List.of(args)));
        } catch (ErrorCatalogException e) {
            System.err.println("DataDiff: " + e.getMessage());
            if (e instanceof GeneratorArgumentException) {
                System.err.println(USAGE);
            }
            System.exit(2);
        }
    }

    /** What {@link #main} prints for these arguments. */
    static String run(List<String> args) {
        List<String> rest = new ArrayList<>(args);
        String format = "text";
        if (!rest.isEmpty() && rest.get(0).equals("--format")) {
            if (rest.size() < 2 || !List.of("text", "json").contains(rest.get(1))) {
                throw new GeneratorArgumentException("--format takes text or json");
            }
            format = rest.get(1);
            rest = rest.subList(2, rest.size());
        }
        DataDiff diff;
        if (!rest.isEmpty() && rest.get(0).equals("--sources")) {
            if (rest.size() < 3) {
                throw new GeneratorArgumentException("--sources needs the project folder and the shared folder");
            }
            Path project = Path.of(rest.get(1)).toAbsolutePath().normalize();
            Path shared = Path.of(rest.get(2)).toAbsolutePath().normalize();
            diff = fromSources(project, shared, Refresh.Lists.parse(shared, rest.subList(3, rest.size())));
        } else if (rest.size() == 2) {
            diff = between(Path.of(rest.get(0)), Path.of(rest.get(1)));
        } else {
            throw new GeneratorArgumentException("two facts folders, or --sources and the lists to compare with");
        }
        return format.equals("json") ? diff.json() : diff.text();
    }

    /**
     * The project's data against what the lists give, every product: catalog-all's committed facts against those the
     * lists give, and the product modules' data (vod, kms, live) as ../shared's lists give it (what the committed
     * modules hold, which {@code DataDriftTest} checks) against the lists', with ../shared's documents and the
     * maintainers' files for both. The new facts are made in a temporary folder and read as files are.
     */
    public static DataDiff fromSources(Path project, Path shared, Refresh.Lists lists) {
        Path temporary;
        try {
            temporary = Files.createTempDirectory("errorcatalog-facts");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Map<String, ProductData> before = new TreeMap<>(read(project.resolve(Refresh.FACTS)));
            // the facts as Refresh names them, relative to a project folder: read from that folder's facts folder
            FileSet facts = new FileSet();
            Refresh.facts(project, lists).files().forEach((path, text) -> facts.put(path.substring(Refresh.FACTS.length()), text));
            Map<String, ProductData> after = new TreeMap<>(modules(temporary.resolve("new"), facts));
            before.putAll(modules(temporary.resolve("old-modules"), Refresh.moduleFacts(project, shared, Refresh.Lists.of(shared))));
            Map<String, String> unmade = new TreeMap<>();
            after.putAll(modules(temporary.resolve("new-modules"), Refresh.moduleFacts(project, shared, lists,
                    (product, e) -> unmade.put(product, e.getMessage()))));
            unmade.keySet().forEach(before::remove);
            DataDiff diff = of(before, after);
            return new DataDiff(diff.oldVersion(), diff.newVersion(), diff.products(), unmade);
        } finally {
            deleteTree(temporary);
        }
    }

    private static Map<String, ProductData> modules(Path folder, FileSet facts) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        facts.writeTo(folder);
        return read(folder);
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
        }
    }
}
