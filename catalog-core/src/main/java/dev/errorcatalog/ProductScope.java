package dev.errorcatalog;

import dev.errorcatalog.i18n.internal.BundleFallback;
import dev.errorcatalog.i18n.BundleFormatException;
import dev.errorcatalog.i18n.BundleProblem;
import dev.errorcatalog.i18n.LocaleNegotiator;
import dev.errorcatalog.i18n.internal.LocalizedEntry;
import dev.errorcatalog.i18n.internal.MessageBundle;
import dev.errorcatalog.spi.CatalogProvider;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * One registered product: its definitions, its negotiator, and its per-locale tables, each built the first
 * time the locale is used. A table holds the product's own entries (with its overlays' laid over them) and the
 * common entries it does not override, so {@code P:C} then {@code common:C} is one lookup, and so is each parent
 * level after it.
 */
final class ProductScope {
    final ProductId id;
    final CatalogProvider provider;
    final String providerName;
    final Optional<String> source;
    final List<CodeDefinition> definitions;
    final LocaleNegotiator negotiator;
    private final ProductScope common;
    /** Providers laid over this one, lowest priority first; each read like a product of its own, without common. */
    private final List<ProductScope> overlays;
    private final Consumer<CatalogProblem> problems;
    private final Map<Locale, Optional<MessageBundle>> bundles = new HashMap<>();
    /** Read when an origin or the provenance is first asked for, or by {@link #loadAll}; guarded by {@code bundles}. */
    private ProvenanceFile provenanceFile;
    /** Guarded by {@code bundles}, like it. */
    private final Map<Locale, String> paths = new HashMap<>();
    /** {@code negotiator.supported()} as an array, for the identity check on every lookup. */
    private final Locale[] supported;
    /** Indexed like {@code negotiator.supported()}; each slot written once under the lock, read without one. */
    private final AtomicReferenceArray<Table> tables;
    /** How many tables were built: one per locale used, however many threads asked first. Guarded by {@code bundles}. */
    private int built;

    /**
     * The entries of one locale: keyed by code for lookups, in declaration order (own first) for listing, and the
     * answers for other codes seen lately.
     */
    record Table(Locale locale, CodeTable<Resolution> entries, List<Resolution> inOrder, FallbackCache fallbacks) {
    }

    ProductScope(ProductId id, CatalogProvider provider, String providerName, Optional<String> source,
                 List<CodeDefinition> definitions, LocaleNegotiator negotiator, ProductScope common,
                 Consumer<CatalogProblem> problems) {
        this(id, provider, providerName, source, definitions, negotiator, common, List.of(), problems);
    }

    ProductScope(ProductId id, CatalogProvider provider, String providerName, Optional<String> source,
                 List<CodeDefinition> definitions, LocaleNegotiator negotiator, ProductScope common,
                 List<ProductScope> overlays, Consumer<CatalogProblem> problems) {
        this.overlays = List.copyOf(overlays);
        this.id = id;
        this.provider = provider;
        this.providerName = providerName;
        this.source = source;
        this.definitions = List.copyOf(definitions);
        this.negotiator = negotiator;
        this.common = common;
        this.problems = problems;
        this.supported = negotiator.supported().toArray(new Locale[0]);
        this.tables = new AtomicReferenceArray<>(supported.length);
    }

    /**
     * @param rejectMalformed whether text that is not a code is the caller's mistake (it throws) rather than what a
     *                        server sent (it answers with nothing matched); only codes that are not remembered are
     *                        checked, as the remembered ones are well-formed
     */
    Resolution resolve(String code, Locale locale, Optional<String> serverMessage, boolean rejectMalformed) {
        return resolveIn(tableFor(locale), code, serverMessage, rejectMalformed);
    }

    /** {@link #resolve} for a locale that is already one of {@code negotiator.supported()}. */
    Resolution resolveSupported(String code, Locale supported, Optional<String> serverMessage, boolean rejectMalformed) {
        return resolveIn(table(supported), code, serverMessage, rejectMalformed);
    }

    /**
     * Only the message {@link #resolve} would answer with, allocating nothing on any path: the stored text of the
     * code's entry or of its closest ancestor's, or the code itself.
     *
     * @throws InvalidErrorCodeException when the text is not a code at all
     */
    String message(String code, Locale locale) {
        Table table = tableFor(locale);
        Resolution known = known(table, code);
        if (known == null) {
            known = FallbackOrder.closestAncestor(code, table.entries);
        }
        if (known != null) {
            return known.message();
        }
        if (!ErrorCode.isValid(code)) {
            ErrorCode.parse(code); // throws, saying what is wrong
        }
        return code; // a code nothing answers for is its own message
    }

    private Table tableFor(Locale locale) {
        int i = slot(locale); // a supported instance, as most callers pass, goes straight to its table
        return tableAt(i >= 0 ? i : indexOf(negotiator.negotiate(locale)));
    }

    /** The stored answer for the code itself, or one remembered for it; null when there is neither. */
    private static Resolution known(Table table, String code) {
        Resolution exact = table.entries.get(code);
        return exact != null ? exact : table.fallbacks.get(code);
    }

    private Resolution resolveIn(Table table, String code, Optional<String> serverMessage, boolean rejectMalformed) {
        Resolution known = known(table, code);
        if (known != null) {
            return known.withServerMessage(serverMessage);
        }
        Resolution ancestor = FallbackOrder.closestAncestor(code, table.entries);
        if (ancestor == null && !ErrorCode.isValid(code)) {
            if (rejectMalformed) {
                ErrorCode.parse(code); // throws, saying what is wrong
            }
            return Resolution.none(id, code, table.locale).withServerMessage(serverMessage); // never remembered
        }
        Resolution answer = ancestor != null ? Resolution.parent(code, ancestor) : Resolution.none(id, code, table.locale);
        table.fallbacks.offer(code, answer);
        return answer.withServerMessage(serverMessage);
    }

    Table table(Locale supported) {
        return tableAt(indexOf(supported));
    }

    private Table tableAt(int i) {
        Table t = tables.get(i);
        return t != null ? t : build(i);
    }

    /** Where the negotiator's own instance of a locale is, or -1; identity, as callers pass those instances. */
    private int slot(Locale locale) {
        for (int i = 0; i < supported.length; i++) {
            if (supported[i] == locale) {
                return i;
            }
        }
        return -1;
    }

    private int indexOf(Locale supported) {
        int i = slot(supported);
        if (i < 0) {
            throw new IllegalStateException(supported + " is not a locale of " + id);
        }
        return i;
    }

    private Table build(int i) {
        synchronized (bundles) {
            if (tables.get(i) != null) {
                return tables.get(i);
            }
            Locale locale = negotiator.supported().get(i);
            List<CatalogEntry> own = layeredEntries(locale);
            // plain loops in this method: it runs on the way to a program's first message
            List<CatalogEntry> shared = new ArrayList<>();
            if (common != null) {
                for (Resolution r : common.table(common.negotiator.negotiate(locale)).inOrder) {
                    shared.add(r.entry());
                }
            }
            // At one level the first scope of the fallback order that has a code holds it.
            List<ProductId> order = FallbackOrder.scopes(id);
            Map<String, CatalogEntry> entries = new LinkedHashMap<>();
            for (ProductId scope : order) {
                for (CatalogEntry e : scope.equals(id) ? own : shared) {
                    entries.putIfAbsent(e.code().value(), e);
                }
            }
            Map<String, CodeMetadata> advice = new HashMap<>();
            for (CatalogEntry e : own) {
                advice.put(e.code().value(), e.definition.metadata());
            }
            for (CatalogEntry c : shared) {
                CodeMetadata mine = advice.get(c.code().value());
                // a product's own entry for a common code means what the common code means, unless it advises otherwise
                if (mine == null || mine.retry() == RetryAdvice.UNKNOWN) {
                    advice.put(c.code().value(), c.definition.metadata());
                }
            }
            Map<String, Resolution> resolved = new LinkedHashMap<>();
            for (CatalogEntry e : entries.values()) {
                resolved.put(e.code().value(), Resolution.exact(id, e, ownOrCovering(e.code(), advice), covering(e.code(), advice)));
            }
            Table table = new Table(locale, new CodeTable<>(resolved), List.copyOf(resolved.values()), new FallbackCache());
            tables.set(i, table);
            built++;
            return table;
        }
    }

    private static RetryAdvice ownOrCovering(ErrorCode code, Map<String, CodeMetadata> advice) {
        RetryAdvice own = advice.get(code.value()).retry();
        Optional<ErrorCode> parent = code.parent();
        return own != RetryAdvice.UNKNOWN || parent.isEmpty() ? own : covering(parent.get(), advice);
    }

    /** The retry advice of the nearest entry at or above {@code code} that says it covers its subcodes. */
    private static RetryAdvice covering(ErrorCode code, Map<String, CodeMetadata> advice) {
        for (Optional<ErrorCode> c = Optional.of(code); c.isPresent(); c = c.get().parent()) {
            CodeMetadata m = advice.get(c.get().value());
            if (m != null && m.retryCoversSubcodes()) {
                return m.retry();
            }
        }
        return RetryAdvice.UNKNOWN;
    }

    /**
     * This provider's entries with each overlay's laid over them, lowest first: an overlay's entry replaces the one
     * below when the overlay ships the locale, unless the overlay's text is only its per-key fallback to another
     * language and the one below is in the locale; and it fills a code nothing below has.
     */
    private List<CatalogEntry> layeredEntries(Locale locale) {
        List<CatalogEntry> own = ownEntries(locale);
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

    /** The codes of this provider and of its overlays, in order, each once. */
    List<CodeDefinition> layeredDefinitions() {
        Map<ErrorCode, CodeDefinition> all = new LinkedHashMap<>();
        definitions.forEach(d -> all.put(d.code(), d));
        overlays.forEach(o -> o.definitions.forEach(d -> all.putIfAbsent(d.code(), d)));
        return List.copyOf(all.values());
    }

    private List<CatalogEntry> ownEntries(Locale locale) {
        Locale fallback = negotiator.defaultLocale();
        List<String> keys = new ArrayList<>(definitions.size());
        for (CodeDefinition d : definitions) {
            keys.add(d.code().value());
        }
        BundleFallback.Merged merged = BundleFallback.merge(id.value(), keys, locale, path(locale),
                bundle(locale), new DefaultBundle(locale.equals(fallback) ? null : fallback));
        for (BundleProblem p : merged.problems()) {
            report(p);
        }
        List<CatalogEntry> out = new ArrayList<>(definitions.size());
        for (CodeDefinition d : definitions) {
            LocalizedEntry text = merged.entries().get(d.code().value());
            if (text != null) {
                out.add(new CatalogEntry(id, d, text, this));
            }
        }
        return List.copyOf(out);
    }

    /** The default locale's bundle, read only when a key is missing ({@link BundleFallback}); none for the default itself. */
    private final class DefaultBundle implements java.util.function.Supplier<Optional<MessageBundle>> {
        private final Locale locale;

        DefaultBundle(Locale locale) {
            this.locale = locale;
        }

        @Override
        public Optional<MessageBundle> get() {
            return locale == null ? Optional.empty() : bundle(locale);
        }
    }

    /** The product's provenance file, read once; a module without one, or with a broken one, answers for itself. */
    ProvenanceFile provenanceFile() {
        synchronized (bundles) {
            if (provenanceFile == null) {
                provenanceFile = readProvenanceFile();
            }
            return provenanceFile;
        }
    }

    private ProvenanceFile readProvenanceFile() {
        String path = "(the provenance file of " + id + ")";
        InputStream stream = null;
        try {
            String given = provider.provenancePath();
            path = given != null ? given : path;
            Optional<InputStream> in = provider.openProvenance();
            if (in.isPresent()) {
                stream = in.get();
                return ProvenanceFile.read(stream, providerName);
            }
        } catch (IllegalArgumentException e) {
            problems.accept(problem(Optional.of(path), Optional.empty(), "the provenance file cannot be read: "
                    + ProviderRegistry.messageOf(e)));
        } catch (Throwable e) { // an Error from the provider too: its texts then simply come from the module
            rethrowAtFirstUse(e);
            problems.accept(problem(Optional.of(path), Optional.empty(), "the provenance file cannot be read: "
                    + ProviderRegistry.describe(e)));
        } finally {
            closeAfterReading(stream);
        }
        return ProvenanceFile.none(providerName);
    }

    /**
     * Closes a provider's stream once it was read: whole, or up to a failure already reported. A failure to close
     * says nothing of what was read, so it is not a problem (which would fail a strict catalog over a bundle it has
     * whole); and there is no lesser kind of report to make of it.
     */
    private static void closeAfterReading(InputStream stream) {
        if (stream == null) {
            return;
        }
        try {
            stream.close();
        } catch (Throwable e) {
            rethrowAtFirstUse(e);
        }
    }

    private Optional<MessageBundle> bundle(Locale locale) {
        Optional<MessageBundle> b = bundles.get(locale);
        if (b == null) {
            b = readBundle(locale);
            bundles.put(locale, b);
        }
        return b;
    }

    private Optional<MessageBundle> readBundle(Locale locale) {
        String path = path(locale);
        InputStream stream = null;
        try {
            Optional<InputStream> in = provider.openBundle(locale);
            if (in.isEmpty()) {
                problems.accept(problem(Optional.of(path), Optional.empty(), "the bundle file is missing"));
                return Optional.empty();
            }
            stream = in.get();
            MessageBundle.Read read = MessageBundle.read(stream, id.value(), locale, path);
            for (BundleProblem p : read.problems()) {
                report(p);
            }
            return Optional.of(read.bundle());
        } catch (BundleFormatException e) {
            report(e.problem());
        } catch (Throwable e) { // an Error from the provider's openBundle or stream too: the product goes on without the file
            rethrowAtFirstUse(e);
            problems.accept(problem(Optional.of(path), Optional.empty(), "the bundle cannot be read: " + ProviderRegistry.describe(e)));
        } finally {
            closeAfterReading(stream);
        }
        return Optional.empty();
    }

    /**
     * The provider's {@code bundlePath}, which names the bundle in reports (opening it is {@code openBundle}'s
     * business); when it throws or gives null, that is reported once and a description stands in for it.
     */
    private String path(Locale locale) {
        String known = paths.get(locale);
        if (known != null) {
            return known;
        }
        String path = "(the " + locale.toLanguageTag() + " bundle of " + id + ")";
        try {
            String given = provider.bundlePath(locale);
            if (given != null) {
                path = given;
            } else {
                problems.accept(problem(Optional.empty(), Optional.empty(), "bundlePath(" + locale.toLanguageTag() + ") returned null"));
            }
        } catch (Throwable e) {
            rethrowAtFirstUse(e);
            problems.accept(problem(Optional.empty(), Optional.empty(), "bundlePath(" + locale.toLanguageTag() + ") threw "
                    + ProviderRegistry.describe(e)));
        }
        paths.put(locale, path);
        return path;
    }

    private void report(BundleProblem p) {
        problems.accept(problem(Optional.of(p.file()), p.key(), p.description()));
    }

    private CatalogProblem problem(Optional<String> file, Optional<String> key, String description) {
        return new CatalogProblem(Optional.of(id.value()), providerName, file, key, description);
    }

    int tablesBuilt() {
        synchronized (bundles) {
            return built;
        }
    }

    /**
     * What the first use of a product cannot bear: what {@link Throwables#rethrowIfFatal} rethrows, and a stack
     * overflow, which may be the caller's own depth rather than the provider's. Thrown there, it leaves nothing behind
     * (no table, bundle or provenance is kept, no problem is reported), so the next use reads again.
     */
    private static void rethrowAtFirstUse(Throwable e) {
        if (e instanceof VirtualMachineError fatal) {
            throw fatal;
        }
    }

    /**
     * Builds every table now, so that every problem there is has been reported. Loading is registration's time: here a
     * stack overflow is the provider's, reported as registration reports one.
     */
    void loadAll() {
        try {
            provenanceFile();
        } catch (StackOverflowError e) {
            problems.accept(problem(Optional.empty(), Optional.empty(), "the provenance file cannot be read: "
                    + ProviderRegistry.describe(e)));
        }
        for (Locale locale : negotiator.supported()) {
            try {
                table(locale);
            } catch (StackOverflowError e) {
                problems.accept(problem(Optional.empty(), Optional.empty(), "the " + locale.toLanguageTag()
                        + " texts cannot be read: " + ProviderRegistry.describe(e)));
            }
        }
    }
}
