package dev.errorcatalog.all;

import dev.errorcatalog.ProductId;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The data's index: its format, its version and a line per product (id, locales with the default first, code count).
 * The files are this module's own build output, so a file that is not as written is a broken build, reported with
 * the file and line rather than borne.
 */
record DataIndex(String version, List<ProductId> ids, Map<ProductId, Entry> products) {
    static final String ROOT = "META-INF/errorcatalog/all/";
    static final String FORMAT = "errorcatalog-data 2";

    /** One product's line. */
    record Entry(ProductId id, List<Locale> locales, int codes) {
    }

    Entry product(ProductId id) {
        Entry e = products.get(id);
        if (e == null) {
            throw DataIndex.broken(ROOT + "index", "lists no product '" + id + "'");
        }
        return e;
    }

    static DataIndex read() {
        String file = ROOT + "index";
        List<String> lines = lines(file);
        if (lines.size() < 2 || !lines.get(0).equals(FORMAT) || !lines.get(1).startsWith("version\t")) {
            throw DataIndex.broken(file, "line 1 must be '" + FORMAT + "' and line 2 'version<TAB>…'");
        }
        List<ProductId> ids = new ArrayList<>();
        Map<ProductId, Entry> products = new HashMap<>();
        for (int n = 2; n < lines.size(); n++) {
            String[] f = lines.get(n).split("\t", -1);
            if (f.length != 3) {
                throw DataIndex.broken(file + ":" + (n + 1), "expected <id><TAB><locales><TAB><code count>");
            }
            ProductId id = ProductId.of(f[0]);
            ids.add(id);
            products.put(id, new Entry(id, locales(f[1]), count(f[2], file + ":" + (n + 1))));
        }
        return new DataIndex(lines.get(1).substring("version\t".length()), List.copyOf(ids), Map.copyOf(products));
    }

    private static int count(String text, String where) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw DataIndex.broken(where, "the code count '" + text + "' is not a number", e);
        }
    }

    /**
     * The data is this module's build output, not input: a file not as written means a broken jar, for which there is
     * nothing to answer with.
     */
    static IllegalStateException broken(String where, String problem) {
        return new IllegalStateException(where + ": " + problem + " (catalog-all's data is not as its build writes it)");
    }

    static IllegalStateException broken(String where, String problem, Throwable cause) {
        IllegalStateException e = broken(where, problem);
        e.initCause(cause);
        return e;
    }

    static List<Locale> locales(String tags) {
        List<Locale> out = new ArrayList<>();
        for (String t : tags.split(",")) {
            out.add(Locale.forLanguageTag(t));
        }
        return List.copyOf(out);
    }

    /** A file of this module's data as one string; one missing is a broken build. */
    static String text(String file) {
        try (InputStream in = EveryProduct.class.getResourceAsStream("/" + file)) {
            if (in == null) {
                throw broken(file, "is missing from the catalog-all jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " cannot be read", e);
        }
    }

    /** A file of this module's data as lines; one missing is a broken build. */
    static List<String> lines(String file) {
        String text = text(file);
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            lines.add(text.substring(start, i));
            start = i + 1;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
