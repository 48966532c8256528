package dev.errorcatalog.all;

import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.spi.CatalogProvider;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One product of {@link EveryProduct}, made from its {@code codes} file when first used: the codes, and which of the
 * product's locales word each. Its bundles and provenance file are read by the catalog, a locale at a time.
 */
final class DataProduct implements CatalogProvider {
    private final ProductId id;
    private final List<Locale> locales;
    private final List<CodeDefinition> codes;
    /** For each code, a bit per locale (in {@link #locales} order) that words it. */
    private final Map<String, Integer> worded;

    private DataProduct(ProductId id, List<Locale> locales, List<CodeDefinition> codes, Map<String, Integer> worded) {
        this.id = id;
        this.locales = locales;
        this.codes = codes;
        this.worded = worded;
    }

    static DataProduct read(ProductId id, DataIndex.Entry entry) {
        String file = DataIndex.ROOT + id.value() + "/codes";
        List<String> lines = DataIndex.lines(file);
        List<CodeDefinition> codes = new ArrayList<>(lines.size());
        Map<String, Integer> worded = new HashMap<>(lines.size() * 2);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            int tab = line.indexOf('\t');
            int second = tab < 0 ? -1 : line.indexOf('\t', tab + 1);
            if (second < 0) {
                throw DataIndex.broken(file + ":" + (n + 1), "expected <code><TAB><locales><TAB><advice>");
            }
            String code = line.substring(0, tab);
            codes.add(new Code(id, ErrorCode.parse(code), metadata(line.substring(second + 1), file + ":" + (n + 1))));
            int bits = 0;
            for (Locale l : DataIndex.locales(line.substring(tab + 1, second))) {
                int i = entry.locales().indexOf(l);
                if (i < 0) {
                    throw DataIndex.broken(file + ":" + (n + 1), l.toLanguageTag() + " is not a locale of " + id);
                }
                bits |= 1 << i;
            }
            worded.put(code, bits);
        }
        return new DataProduct(id, entry.locales(), List.copyOf(codes), worded);
    }

    /** A code of the product: its id one instance for all its codes, its metadata one per advice. */
    private record Code(ProductId product, ErrorCode code, CodeMetadata metadata) implements CodeDefinition {
    }

    /** The few metadata a code of the data can have, made once. */
    private static final Map<String, CodeMetadata> ADVICE = advice();

    private static Map<String, CodeMetadata> advice() {
        Map<String, CodeMetadata> m = new HashMap<>();
        m.put("", CodeMetadata.NONE);
        for (RetryAdvice a : RetryAdvice.values()) {
            m.put(a.name(), CodeMetadata.retry(a));
            m.put(a.name() + "*", CodeMetadata.retry(a).coveringSubcodes());
        }
        return Map.copyOf(m);
    }

    private static CodeMetadata metadata(String advice, String where) {
        CodeMetadata m = ADVICE.get(advice);
        if (m == null) {
            throw DataIndex.broken(where, "no retry advice '" + advice + "'");
        }
        return m;
    }

    @Override
    public ProductId product() {
        return id;
    }

    @Override
    public List<Locale> locales() {
        return locales;
    }

    @Override
    public Collection<? extends CodeDefinition> codes() {
        return codes;
    }

    @Override
    public boolean hasText(ErrorCode code, Locale locale) {
        Integer bits = worded.get(code.value());
        int i = locales.indexOf(locale);
        return bits != null && i >= 0 && (bits & (1 << i)) != 0;
    }

    @Override
    public String bundlePath(Locale locale) {
        return DataIndex.ROOT + id.value() + "/" + locale.toLanguageTag() + ".json";
    }

    @Override
    public String provenancePath() {
        return DataIndex.ROOT + id.value() + "/provenance.json";
    }

    @Override
    public String actionsPath() {
        return DataIndex.ROOT + id.value() + "/actions";
    }

    @Override
    public String toString() {
        return "DataProduct[" + id + "]";
    }
}
