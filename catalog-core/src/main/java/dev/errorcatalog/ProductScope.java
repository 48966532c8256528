package dev.errorcatalog;

import dev.errorcatalog.i18n.LocaleNegotiator;
import dev.errorcatalog.internal.Throwables;
import dev.errorcatalog.spi.CatalogProvider;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * One registered product, and the lookup: the hot path, where an exact code is one {@link CodeTable} probe returning
 * a stored {@link Resolution} and a code asked for again one {@link FallbackCache} probe, neither allocating. Its
 * per-locale tables are built the first time the locale is used, by {@link TableAssembler} (which decides whose
 * entry answers) from what {@link ProviderFiles} read (which isolates the provider's faults); a table holds the
 * product's own entries (with its overlays' laid over them) and the common entries it does not override, so
 * {@code P:C} then {@code common:C} is one lookup, and so is each parent level after it.
 */
final class ProductScope {
    final ProductId id;
    final String providerName;
    final Optional<String> source;
    final List<CodeDefinition> definitions;
    final LocaleNegotiator negotiator;
    private final ProductScope common;
    /** Providers laid over this one, lowest priority first; each read like a product of its own, without common. */
    private final List<ProductScope> overlays;
    /** This provider's files; its lock also guards building a table. */
    private final ProviderFiles files;
    /** {@code negotiator.supported()} as an array, for the identity check on every lookup. */
    private final Locale[] supported;
    /** Indexed like {@code negotiator.supported()}; each slot written once under the lock, read without one. */
    private final AtomicReferenceArray<Table> tables;
    /** How many tables were built: one per locale used, however many threads asked first. Guarded by {@code files}. */
    private int built;

    /**
     * The entries of one locale: keyed by code for lookups, in declaration order (own first) for listing, and the
     * answers for other codes seen lately.
     */
    record Table(Locale locale, CodeTable<Resolution> entries, List<Resolution> inOrder, FallbackCache fallbacks,
                 Map<String, List<Locale>> textElsewhere) {
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
        this.providerName = providerName;
        this.source = source;
        this.definitions = List.copyOf(definitions);
        this.negotiator = negotiator;
        this.common = common;
        this.files = new ProviderFiles(id, provider, providerName, this.definitions, problems);
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
        List<Locale> elsewhere = table.textElsewhere.get(code);
        if (elsewhere != null) {
            answer = answer.withExactTextIn(elsewhere);
        }
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
        synchronized (files) {
            if (tables.get(i) != null) {
                return tables.get(i);
            }
            Locale locale = negotiator.supported().get(i);
            List<CatalogEntry> own = TableAssembler.layered(locale, ownEntries(locale), overlays);
            Table table = TableAssembler.assemble(id, locale, own, TableAssembler.shared(common, locale),
                    files.textElsewhere(locale, definitions, negotiator.supported()));
            tables.set(i, table);
            built++;
            return table;
        }
    }

    /** The codes of this provider and of its overlays, in order, each once. */
    List<CodeDefinition> layeredDefinitions() {
        return TableAssembler.layeredDefinitions(definitions, overlays);
    }

    /** This provider's own entries in a locale, without its overlays' or the common ones. */
    List<CatalogEntry> ownEntries(Locale locale) {
        return files.entries(locale, definitions, negotiator.defaultLocale());
    }

    /** The product's provenance file, read once; a module without one, or with a broken one, answers for itself. */
    ProvenanceFile provenanceFile() {
        return files.provenanceFile();
    }

    /** The product's action lists, read when first asked for. */
    ProductActions actions() {
        return files.actions();
    }

    int tablesBuilt() {
        synchronized (files) {
            return built;
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
            files.report(Optional.empty(), "the provenance file cannot be read: " + Throwables.describe(e));
        }
        try {
            files.checkActions();
        } catch (StackOverflowError e) {
            files.report(Optional.empty(), "the actions file cannot be read: " + Throwables.describe(e));
        }
        for (Locale locale : negotiator.supported()) {
            try {
                table(locale);
            } catch (StackOverflowError e) {
                files.report(Optional.empty(), "the " + locale.toLanguageTag() + " texts cannot be read: "
                        + Throwables.describe(e));
            }
        }
    }
}
