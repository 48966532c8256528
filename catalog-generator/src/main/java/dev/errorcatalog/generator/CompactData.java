package dev.errorcatalog.generator;

import dev.errorcatalog.Source;
import dev.errorcatalog.i18n.Printable;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * catalog-all's build step: turns the committed facts ({@code src/main/facts/<product>.json}, {@link Facts}) into the
 * files the catalog reads at run time, under {@code META-INF/errorcatalog/all/}:
 * <ul>
 *   <li>{@code index}: UTF-8, {@code \n} lines. {@code errorcatalog-data 2} (the format's version); {@code version\t}
 *       and where the data came from (the SDK releases and the feed, as a product's {@code dataVersion} says it);
 *       then one line per product with codes, by id: {@code <id>\t<tags, comma-separated, the default first>\t<codes>}.</li>
 *   <li>{@code <id>/codes}: one line per code, in the product's order: {@code <code>\t<tags with text for it>\t<advice>},
 *       the tags comma-separated in the product's language order, the advice a {@code RetryAdvice} name (followed by
 *       {@code *} when it holds for every subcode) or empty; its evidence is in the provenance file.</li>
 *   <li>{@code <id>/<tag>.json}: a bundle as a product module ships it ({@link CatalogFiles}), of the codes with text
 *       in that language alone.</li>
 *   <li>{@code <id>/provenance.json}: the provenance file as a product module ships it.</li>
 *   <li>{@code <id>/actions}: the API actions and the codes each can return, as a product module ships them, where
 *       an official client lists them.</li>
 *   <li>{@code code-index}: one line per code any product declares, sorted by code: {@code <code>\t<ids>}, the ids of
 *       the products declaring it comma-separated and sorted, so the products holding a code are found without reading
 *       them all.</li>
 *   <li>{@code search-<tag>}: one line per code worded in that language, by product and then in the product's order:
 *       {@code <id>\t<code>\t<text>}, the text with its tabs and line breaks as spaces, so a search reads one file a
 *       language rather than every product's bundles.</li>
 * </ul>
 * A product whose facts hold no code (every one omitted) is left out. It reads nothing but the facts folder, so a
 * checkout without the official lists builds it.
 * <pre>{@code
 * java dev.errorcatalog.generator.CompactData <facts folder> <output folder>
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1.0")
public final class CompactData {
    /** The first line of the index: the format and its version, which a reader checks before anything else. */
    public static final String FORMAT = "errorcatalog-data 2";
    /** Where the files go, relative to the output folder (a resource folder). */
    public static final String FOLDER = "META-INF/errorcatalog/all/";

    private CompactData() {
    }

    /** @throws GeneratorArgumentException when not given the two folders */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new GeneratorArgumentException("usage: CompactData <facts folder> <output folder>");
        }
        Path out = Path.of(args[1]);
        FileSet files = files(Path.of(args[0]));
        // a product gone from the facts leaves nothing behind from an earlier build
        deleteTree(out.resolve(FOLDER));
        files.writeTo(out);
        System.out.println("CompactData: wrote " + files.files().size() + " files in " + out.resolve(FOLDER));
    }

    /**
     * The runtime files, relative to the output folder, of every {@code *.json} facts file of the folder.
     *
     * @throws SourceFormatException naming the facts file and line of what is not such a file
     */
    public static FileSet files(Path facts) {
        if (!Files.isDirectory(facts)) {
            throw new SourceFormatException(facts.toString(), 0, "no such folder of facts files");
        }
        List<ProductData> products = new ArrayList<>();
        try (Stream<Path> all = Files.list(facts)) {
            for (Path f : all.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                ProductData data = Facts.read(f);
                if (data.product().equals("index")) {
                    throw new SourceFormatException(f.toString(), 0, "a product named index would be the index file's folder");
                }
                if (!data.entries().isEmpty()) {
                    products.add(data);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(facts + ": " + e.getMessage(), e);
        }
        products.sort(Comparator.comparing(ProductData::product));
        FileSet out = new FileSet();
        // the version line is text from the facts: a tab or a line break in it would be another field or line
        StringBuilder index = new StringBuilder(FORMAT).append('\n').append("version\t").append(Printable.of(dataVersion(products)))
                .append('\n');
        Map<String, List<String>> holders = new TreeMap<>();
        Map<String, StringBuilder> search = new TreeMap<>();
        for (ProductData p : products) {
            index.append(p.product()).append('\t').append(String.join(",", p.languages())).append('\t')
                    .append(p.entries().size()).append('\n');
            write(p, out);
            for (ProductData.Entry e : p.entries()) {
                holders.computeIfAbsent(e.code(), c -> new ArrayList<>()).add(p.product());
                e.messages().forEach((language, text) -> search.computeIfAbsent(language, l -> new StringBuilder())
                        .append(p.product()).append('\t').append(e.code()).append('\t').append(oneLine(text.text())).append('\n'));
            }
        }
        out.put(FOLDER + "index", index.toString());
        StringBuilder codeIndex = new StringBuilder();
        // products are taken in id order, so each code's list is sorted as it is built
        holders.forEach((code, ids) -> codeIndex.append(code).append('\t').append(String.join(",", ids)).append('\n'));
        out.put(FOLDER + "code-index", codeIndex.toString());
        search.forEach((language, lines) -> out.put(FOLDER + "search-" + language, lines.toString()));
        return out;
    }

    /** A text on one line of a tab-separated file: its tabs and line breaks read as the spaces they stand for. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\n\\r\\u2028\\u2029]", " ");
    }

    private static void write(ProductData p, FileSet out) {
        String dir = FOLDER + p.product() + "/";
        StringBuilder codes = new StringBuilder();
        for (ProductData.Entry e : p.entries()) {
            codes.append(e.code()).append('\t')
                    .append(String.join(",", p.languages().stream().filter(e.messages()::containsKey).toList())).append('\t')
                    .append(e.retry().map(r -> r.name() + (e.retryCoversSubcodes() ? "*" : "")).orElse("")).append('\n');
        }
        out.put(dir + "codes", codes.toString());
        for (String language : p.languages()) {
            List<ProductData.Entry> in = p.entries().stream().filter(e -> e.messages().containsKey(language)).toList();
            out.put(dir + language + ".json", CatalogFiles.bundle(new ProductData(p.product(), p.dataVersion(), p.sources(),
                    List.of(language), in, List.of()), language));
        }
        out.put(dir + "provenance.json", CatalogFiles.provenance(p));
        if (p.actions().source().isPresent()) {
            out.put(dir + "actions", CatalogFiles.actions(p.actions()));
        }
    }

    /**
     * Where all the data came from, in one line as a product's {@code dataVersion}: the versioned sources of every
     * product, each once, by kind (the SDKs, then the feed) and then in the order the products name them.
     */
    static String dataVersion(List<ProductData> products) {
        Map<String, Source> sources = new LinkedHashMap<>();
        products.forEach(p -> p.sources().forEach(s -> sources.putIfAbsent(s.id(), s)));
        List<Source> ordered = new ArrayList<>(sources.values());
        ordered.sort(Comparator.comparing(Source::kind));
        return Assembler.dataVersion(ordered);
    }

    /** Removes a folder of earlier output and what it holds; a link in it is removed, never followed. */
    private static void deleteTree(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
        }
    }
}
