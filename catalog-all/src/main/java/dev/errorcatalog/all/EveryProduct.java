package dev.errorcatalog.all;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.spi.CatalogProvider;
import dev.errorcatalog.spi.ProductCollection;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Every Tencent Cloud product the official lists name, other than those with a module of their own (VOD, KMS, Live,
 * which this module depends on, and legacy). Loading reads one small index, the products' ids; a product's codes, and
 * each of its locales, are read the first time they are used. The data is this module's build output, made from the
 * facts committed under {@code src/main/facts} ({@code data/refresh.sh} writes them from the sources).
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class EveryProduct implements ProductCollection {
    private volatile DataIndex index;
    /** The code index, read when first asked; one string, searched rather than parsed, as a lookup asks for a code or two. */
    private volatile String codeIndex;

    /** Reads nothing: the index is read when the catalog first asks for the products. */
    public EveryProduct() {
    }

    @Override
    public List<ProductId> products() {
        return index().ids();
    }

    @Override
    public CatalogProvider provider(ProductId product) {
        return DataProduct.read(product, index().product(product));
    }

    /** The version of the data: the SDK releases and the error-centre feed it was made from. */
    public String dataVersion() {
        return index().version();
    }

    /** One product as the data's index lists it: without reading the product. */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public record Summary(ProductId product, List<Locale> locales, int codes) {
    }

    /** Every product of the data, by id, each with its locales (the default first) and its number of codes. */
    public List<Summary> summaries() {
        DataIndex i = index();
        return i.ids().stream().map(id -> {
            DataIndex.Entry e = i.product(id);
            return new Summary(id, e.locales(), e.codes());
        }).toList();
    }

    /**
     * The products of this collection that declare {@code code}, by id; none when no product does. Read from an index
     * of every code, so no product is made to answer.
     */
    public List<ProductId> productsDeclaring(ErrorCode code) {
        String text = codeIndex();
        String wanted = code.value() + "\t";
        int at = text.startsWith(wanted) ? 0 : text.indexOf("\n" + wanted);
        if (at < 0) {
            return List.of();
        }
        int start = at == 0 ? wanted.length() : at + 1 + wanted.length();
        int end = text.indexOf('\n', start);
        List<ProductId> ids = new ArrayList<>();
        for (String id : text.substring(start, end < 0 ? text.length() : end).split(",")) {
            ids.add(ProductId.of(id));
        }
        return List.copyOf(ids);
    }

    /** Every code some product of the data declares, sorted; read from the code index, so no product is made. */
    public List<ErrorCode> codes() {
        String text = codeIndex();
        List<ErrorCode> codes = new ArrayList<>();
        for (int start = 0; start < text.length(); ) {
            int tab = text.indexOf('\t', start);
            int end = text.indexOf('\n', start);
            codes.add(ErrorCode.parse(text.substring(start, tab)));
            start = end < 0 ? text.length() : end + 1;
        }
        return List.copyOf(codes);
    }

    /** A code's text in one language, as a search reads it: on one line, its tabs and line breaks as spaces. */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public record Text(ProductId product, ErrorCode code, String text) {
    }

    /**
     * Every text of every product in {@code locale} (its language tag as the data writes it, such as {@code en} or
     * {@code zh-CN}), by product and then in the product's order; none for a locale no product words. Read from one
     * file a language, so no product is made; the texts are for finding codes, and the catalog's answer for a code
     * found is what to show.
     */
    public List<Text> texts(Locale locale) {
        String file = DataIndex.ROOT + "search-" + locale.toLanguageTag();
        if (EveryProduct.class.getResource("/" + file) == null) {
            return List.of();
        }
        List<String> lines = DataIndex.lines(file);
        List<Text> texts = new ArrayList<>(lines.size());
        Map<String, ProductId> ids = new HashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            texts.add(text(lines.get(n), file + ":" + (n + 1), ids));
        }
        return texts;
    }

    /**
     * The texts of {@link #texts(Locale)} whose code or text holds one of {@code words} at least, lowercase
     * ({@link Locale#ROOT}) on both sides: a search's candidates, found by looking for each word in the whole file
     * rather than reading each line.
     */
    public List<Text> textsContaining(Locale locale, Collection<String> words) {
        String file = DataIndex.ROOT + "search-" + locale.toLanguageTag();
        if (words.isEmpty() || EveryProduct.class.getResource("/" + file) == null) {
            return List.of();
        }
        String text = DataIndex.text(file);
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            // a character whose lowercase is longer or shorter: the places found would not be the text's
            return texts(locale).stream().filter(t -> words.stream().anyMatch(w -> (t.code().value() + "\t" + t.text())
                    .toLowerCase(Locale.ROOT).contains(w))).toList();
        }
        java.util.BitSet starts = new java.util.BitSet(text.length());
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            for (int at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
                starts.set(text.lastIndexOf('\n', at) + 1);
            }
        }
        List<Text> found = new ArrayList<>();
        Map<String, ProductId> ids = new HashMap<>();
        for (int start = starts.nextSetBit(0); start >= 0; start = starts.nextSetBit(start + 1)) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            Text t = text(line, file + " at offset " + start, ids);
            // a word found in the product id alone is no match
            String codeAndText = (t.code().value() + "\t" + t.text()).toLowerCase(Locale.ROOT);
            if (words.stream().anyMatch(w -> !w.isEmpty() && codeAndText.contains(w))) {
                found.add(t);
            }
        }
        return found;
    }

    /** One line of a search file, {@code <id><TAB><code><TAB><text>}; the ids read so far are shared. */
    private static Text text(String line, String where, Map<String, ProductId> ids) {
        int a = line.indexOf('\t');
        int b = a < 0 ? -1 : line.indexOf('\t', a + 1);
        if (b < 0) {
            throw DataIndex.broken(where, "expected <id><TAB><code><TAB><text>");
        }
        ProductId id = ids.computeIfAbsent(line.substring(0, a), ProductId::of);
        return new Text(id, ErrorCode.parse(line.substring(a + 1, b)), line.substring(b + 1));
    }

    private String codeIndex() {
        String c = codeIndex;
        if (c == null) {
            c = DataIndex.text(DataIndex.ROOT + "code-index");
            codeIndex = c;
        }
        return c;
    }

    private DataIndex index() {
        DataIndex i = index;
        if (i == null) {
            i = DataIndex.read();
            index = i;
        }
        return i;
    }
}
