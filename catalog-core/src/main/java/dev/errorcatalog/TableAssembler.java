package dev.errorcatalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Assembles a product's table of one locale, and is where every precedence between entries lives: whose text a
 * code gets (the {@link FallbackOrder}'s first scope that has it, after the product's overlays are laid over its own
 * entries), whose retry advice (the order's first scope that advises on it), and which ancestor's advice covers a
 * subcode. The answers it stores are what the lookup ({@link ProductScope#resolve}) hands out as they are.
 */
final class TableAssembler {
    private TableAssembler() {
    }

    /**
     * The table of {@code own} entries (the product's, its overlays' laid over them) and the {@code shared} ones of
     * the common codes, merged in the fallback order; plain loops, as it runs on the way to a program's first message.
     */
    static ProductScope.Table assemble(ProductId id, Locale locale, List<CatalogEntry> own, List<CatalogEntry> shared) {
        return assemble(id, locale, own, shared, Map.of());
    }

    /**
     * @param textElsewhere the product's codes without text in this locale, each with the locales that word it: a
     *                      common entry answering for one says so, as a fallback from it does
     */
    static ProductScope.Table assemble(ProductId id, Locale locale, List<CatalogEntry> own, List<CatalogEntry> shared,
                                       Map<String, List<Locale>> textElsewhere) {
        // At one level the first scope of the order that has a code gives its text, and the first that advises on it
        // its advice: a product's own entry for a common code means what the common code means, unless it says otherwise.
        Map<String, CatalogEntry> entries = new LinkedHashMap<>();
        Map<String, CatalogEntry> advice = new HashMap<>();
        Map<String, CatalogEntry> covers = new HashMap<>();
        for (ProductId scope : FallbackOrder.scopes(id)) {
            for (CatalogEntry e : scope.equals(id) ? own : shared) {
                String code = e.code().value();
                entries.putIfAbsent(code, e);
                CatalogEntry held = advice.get(code);
                if (held == null || held.definition.metadata().retry() == RetryAdvice.UNKNOWN) {
                    advice.put(code, e);
                }
                // a product's own advice for a code need not speak for its subcodes; the common code's may still
                if (e.definition.metadata().retryCoversSubcodes() && !covers.containsKey(code)) {
                    covers.put(code, e);
                }
            }
        }
        // one Advice per advising entry, shared by every answer it advises
        Map<CatalogEntry, Advice> advising = new HashMap<>();
        Map<String, Resolution> resolved = new LinkedHashMap<>();
        for (CatalogEntry e : entries.values()) {
            Resolution r = Resolution.exact(id, e, FallbackOrder.exactKind(id, e.product()),
                    ownOrCovering(e.code(), advice, covers, advising), covering(e.code(), covers, advising));
            List<Locale> elsewhere = textElsewhere.get(e.code().value());
            resolved.put(e.code().value(), elsewhere == null ? r : r.withExactTextIn(elsewhere));
        }
        return new ProductScope.Table(locale, new CodeTable<>(resolved), List.copyOf(resolved.values()), new FallbackCache(),
                textElsewhere);
    }

    /** The entries of the common codes a product's table draws on, in the common codes' order. */
    static List<CatalogEntry> shared(ProductScope common, Locale locale) {
        List<CatalogEntry> shared = new ArrayList<>();
        if (common != null) {
            for (Resolution r : common.table(common.negotiator.negotiate(locale)).inOrder()) {
                shared.add(r.entry());
            }
        }
        return shared;
    }

    private static Advice ownOrCovering(ErrorCode code, Map<String, CatalogEntry> advice, Map<String, CatalogEntry> covers,
                                        Map<CatalogEntry, Advice> advising) {
        CatalogEntry own = advice.get(code.value());
        Optional<ErrorCode> parent = code.parent();
        return own.definition.metadata().retry() != RetryAdvice.UNKNOWN || parent.isEmpty() ? of(own, advising)
                : covering(parent.get(), covers, advising);
    }

    /** The retry advice of the nearest code at or above {@code code} whose entry, first in the order, covers its subcodes. */
    private static Advice covering(ErrorCode code, Map<String, CatalogEntry> covers, Map<CatalogEntry, Advice> advising) {
        for (Optional<ErrorCode> c = Optional.of(code); c.isPresent(); c = c.get().parent()) {
            CatalogEntry e = covers.get(c.get().value());
            if (e != null) {
                return of(e, advising);
            }
        }
        return Advice.NONE;
    }

    private static Advice of(CatalogEntry e, Map<CatalogEntry, Advice> advising) {
        RetryAdvice r = e.definition.metadata().retry();
        if (r == RetryAdvice.UNKNOWN) {
            return Advice.NONE;
        }
        Advice a = advising.get(e);
        if (a == null) {
            a = new Advice(r, e);
            advising.put(e, a);
        }
        return a;
    }

    /**
     * A provider's entries with each overlay's laid over them, lowest first: an overlay's entry replaces the one
     * below when the overlay ships the locale, unless the overlay's text is only its per-key fallback to another
     * language and the one below is in the locale; and it fills a code nothing below has.
     */
    static List<CatalogEntry> layered(Locale locale, List<CatalogEntry> own, List<ProductScope> overlays) {
        if (overlays.isEmpty()) {
            return own;
        }
        Map<String, CatalogEntry> layered = new LinkedHashMap<>();
        own.forEach(e -> layered.put(e.code().value(), e));
        for (ProductScope overlay : overlays) {
            Locale theirs = overlay.negotiator.negotiate(locale);
            boolean ships = theirs.equals(locale);
            for (CatalogEntry e : overlay.ownEntries(theirs)) {
                CatalogEntry below = layered.get(e.code().value());
                if (below == null) {
                    layered.put(e.code().value(), e);
                } else if (ships && (e.locale().equals(locale) || !below.locale().equals(locale))) {
                    // rewording alone keeps what the entry below says about the code (retry advice, links)
                    layered.put(e.code().value(), e.definition.metadata().equals(CodeMetadata.NONE)
                            ? e.withDefinition(below.definition) : e);
                }
            }
        }
        return List.copyOf(layered.values());
    }

    /** The codes of a provider and of its overlays, in order, each once. */
    static List<CodeDefinition> layeredDefinitions(List<CodeDefinition> own, List<ProductScope> overlays) {
        Map<ErrorCode, CodeDefinition> all = new LinkedHashMap<>();
        own.forEach(d -> all.put(d.code(), d));
        overlays.forEach(o -> o.definitions.forEach(d -> all.putIfAbsent(d.code(), d)));
        return List.copyOf(all.values());
    }
}
