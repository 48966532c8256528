package dev.errorcatalog;

import dev.errorcatalog.i18n.BundleFormatException;
import dev.errorcatalog.i18n.BundleProblem;
import dev.errorcatalog.i18n.internal.BundleFallback;
import dev.errorcatalog.i18n.internal.LocalizedEntry;
import dev.errorcatalog.i18n.internal.MessageBundle;
import dev.errorcatalog.internal.ProviderBundles;
import dev.errorcatalog.internal.Throwables;
import dev.errorcatalog.spi.CatalogProvider;

import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads one provider's files (its bundles and its provenance file), each once, with fault isolation: whatever the
 * provider or a file does wrong is reported as a {@link CatalogProblem} and the product goes on without that file.
 * The provider's side of a bundle (its path, opening and reading it) is {@link ProviderBundles}', the testkit's too.
 * Nothing here decides whose text wins; that is {@link TableAssembler}'s. Thread-safe: each file is read under this
 * reader's lock.
 */
final class ProviderFiles {
    private final ProductId id;
    private final CatalogProvider provider;
    private final String providerName;
    private final Consumer<CatalogProblem> problems;
    /** The provider's codes, as registered. */
    private final List<CodeDefinition> definitions;
    private final Map<Locale, Read> bundles = new HashMap<>();
    /** Read when an origin or the provenance is first asked for, or by {@link ProductScope#loadAll}. */
    private ProvenanceFile provenanceFile;
    /**
     * The provenance file with its evidence, as last read for it: kept only until the next collection, so that asking
     * for the evidence of every code in turn (a listing, a site) reads the file once, and a catalog holds none of it.
     */
    private WeakReference<ProvenanceFile> withEvidence = new WeakReference<>(null);
    /** Read when the actions are first asked for; never by loading or a lookup. */
    private ProductActions actions;
    /** Whether {@link #checkActions} read them (and reported what is wrong), so it does not read them again. */
    private boolean actionsChecked;

    ProviderFiles(ProductId id, CatalogProvider provider, String providerName, List<CodeDefinition> definitions,
                  Consumer<CatalogProblem> problems) {
        this.id = id;
        this.definitions = definitions;
        this.provider = provider;
        this.providerName = providerName;
        this.problems = problems;
    }

    /**
     * The provider's entries in a locale, in declaration order: each code's text in the locale, or, where the
     * locale's bundle lacks it, in {@code defaultLocale} ({@link BundleFallback}); a code neither has is left out.
     */
    synchronized List<CatalogEntry> entries(Locale locale, List<CodeDefinition> definitions, Locale defaultLocale) {
        if (definitions.isEmpty()) {
            return List.of(); // a product of no codes (one whose provider could not be had) has no file to read
        }
        List<String> keys = new ArrayList<>(definitions.size());
        for (CodeDefinition d : definitions) { // plain loops: this runs on the way to a program's first message
            if (hasText(d.code(), locale)) {
                keys.add(d.code().value());
            }
        }
        Read read = bundle(locale);
        BundleFallback.Merged merged = BundleFallback.merge(id.value(), keys, locale, read.path,
                read.bundle, new DefaultBundle(locale.equals(defaultLocale) ? null : defaultLocale));
        for (BundleProblem p : merged.problems()) {
            report(p);
        }
        List<CatalogEntry> out = new ArrayList<>(definitions.size());
        for (CodeDefinition d : definitions) {
            LocalizedEntry text = merged.entries().get(d.code().value());
            if (text != null) {
                out.add(new CatalogEntry(d, text, this));
            }
        }
        // The entries hold what the table needs; the bundles read for it would double a product's texts in memory.
        // Kept are only the paths and whether a file could be read, so that no file's faults are reported twice.
        for (Map.Entry<Locale, Read> r : bundles.entrySet()) { // not replaceAll's lambda: a cold start spins none
            if (r.getValue().bundle.isPresent()) {
                r.setValue(new Read(r.getValue().path, Optional.empty(), true));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The codes the provider does not word in {@code locale}, each with the locales of {@code locales} it words them
     * in (none when no bundle has it, which the rules then report for the default locale).
     */
    synchronized Map<String, List<Locale>> textElsewhere(Locale locale, List<CodeDefinition> definitions, List<Locale> locales) {
        Map<String, List<Locale>> elsewhere = new HashMap<>();
        for (CodeDefinition d : definitions) {
            if (!hasText(d.code(), locale)) {
                List<Locale> in = new ArrayList<>(locales.size());
                for (Locale other : locales) {
                    if (!other.equals(locale) && hasText(d.code(), other)) {
                        in.add(other);
                    }
                }
                elsewhere.put(d.code().value(), List.copyOf(in));
            }
        }
        return elsewhere;
    }

    /** The provider's {@code hasText}; when it throws, that is reported and the code is taken to be in the bundle. */
    private boolean hasText(ErrorCode code, Locale locale) {
        try {
            return provider.hasText(code, locale);
        } catch (Throwable e) {
            Throwables.rethrowAtFirstUse(e);
            report(Optional.empty(), "hasText(" + code + ", " + locale.toLanguageTag() + ") threw " + Throwables.describe(e));
            return true;
        }
    }

    /** The default locale's bundle, read only when a key is missing ({@link BundleFallback}); none for the default itself. */
    private final class DefaultBundle implements java.util.function.Supplier<Optional<MessageBundle>> {
        private final Locale locale;

        DefaultBundle(Locale locale) {
            this.locale = locale;
        }

        @Override
        public Optional<MessageBundle> get() {
            return locale == null ? Optional.empty() : bundle(locale).bundle;
        }
    }

    /** The product's action lists, read once when first asked for; none when the module has none or they are broken. */
    synchronized ProductActions actions() {
        if (actions == null) {
            actions = readActions();
        }
        return actions;
    }

    /**
     * Reads the action lists, if they have not been, to report what is wrong with them, without keeping them: loading
     * every product ({@code loadAll}) reports every problem, and a catalog holds the lists only of the products whose
     * actions are asked for.
     */
    synchronized void checkActions() {
        if (actions == null && !actionsChecked) {
            readActions();
            actionsChecked = true;
        }
    }

    private ProductActions readActions() {
        boolean reporting = !actionsChecked; // a fault was reported when they were checked
        return ActionsFile.read(provider, id, codes(), (file, problem) -> reportUnlessAgain(!reporting, file, problem));
    }

    /** The product's provenance file, read once; a module without one, or with a broken one, answers for itself. */
    synchronized ProvenanceFile provenanceFile() {
        if (provenanceFile == null) {
            provenanceFile = readProvenanceFile(false);
        }
        return provenanceFile;
    }

    /**
     * Why a code has its advice, read from the provenance file again and not kept: asked for rarely (an explanation, a
     * command line), it would otherwise hold a text per advised code of every product used. Empty where the file gives
     * none for that advice, or cannot be read (which its first reading reported).
     */
    Optional<RetryEvidence> retryEvidence(String code, RetryAdvice advice, String decidedBy) {
        provenanceFile(); // the first reading reports what is wrong with the file, once
        ProvenanceFile read;
        synchronized (this) {
            read = withEvidence.get();
            if (read == null) {
                read = readProvenanceFile(true);
                withEvidence = new WeakReference<>(read);
            }
        }
        return read.retryEvidence(code, advice, decidedBy);
    }

    /** The product's codes by their text, so that its action lists share them rather than parse their own. */
    private Map<String, ErrorCode> codes() {
        Map<String, ErrorCode> codes = new HashMap<>(definitions.size() * 2);
        for (CodeDefinition d : definitions) {
            codes.put(d.code().value(), d.code());
        }
        return codes;
    }

    /** The product's code strings, each mapped to itself. */
    private Map<String, String> codeStrings() {
        Map<String, String> codes = new HashMap<>(definitions.size() * 2);
        for (CodeDefinition d : definitions) {
            codes.put(d.code().value(), d.code().value());
        }
        return codes;
    }

    private ProvenanceFile readProvenanceFile(boolean retryEvidence) {
        String path = "(the provenance file of " + id + ")";
        InputStream stream = null;
        try {
            String given = provider.provenancePath();
            path = given != null ? given : path;
            Optional<InputStream> in = provider.openProvenance();
            if (in.isPresent()) {
                stream = in.get();
                return ProvenanceFile.read(stream, providerName, codeStrings(), retryEvidence);
            }
        } catch (IllegalArgumentException e) {
            reportUnlessAgain(retryEvidence, Optional.of(path), "the provenance file cannot be read: " + Throwables.messageOf(e));
        } catch (Throwable e) { // an Error from the provider too: its texts then simply come from the module
            Throwables.rethrowAtFirstUse(e);
            reportUnlessAgain(retryEvidence, Optional.of(path), "the provenance file cannot be read: " + Throwables.describe(e));
        } finally {
            ProviderBundles.closeAfterReading(stream);
        }
        return ProvenanceFile.none(providerName);
    }

    /** A fault of the file is reported when it is first read, not again when it is read for evidence. */
    private void reportUnlessAgain(boolean again, Optional<String> path, String problem) {
        if (!again) {
            report(path, problem);
        }
    }

    /** A locale's bundle as read: the path that names it in reports, and its entries when it could be read. */
    private record Read(String path, Optional<MessageBundle> bundle, boolean dropped) {
        Read(String path, Optional<MessageBundle> bundle) {
            this(path, bundle, false);
        }
    }

    private Read bundle(Locale locale) {
        Read b = bundles.get(locale);
        if (b == null) {
            b = readBundle(locale, true);
            bundles.put(locale, b);
        } else if (b.dropped) {
            b = readBundle(locale, false); // read whole before, its faults reported then
            bundles.put(locale, b);
        }
        return b;
    }

    /** The provider's part (its path, opening the file, its stream) is {@link ProviderBundles}', shared with the testkit. */
    private Read readBundle(Locale locale, boolean reporting) {
        ProviderBundles.Bundle given = ProviderBundles.read(provider, id, locale);
        for (ProviderBundles.Problem p : given.problems()) {
            if (reporting) {
                report(p.file(), p.description());
            }
        }
        Optional<InputStream> content = given.content();
        if (content.isEmpty()) {
            return new Read(given.path(), Optional.empty());
        }
        try {
            MessageBundle.Read read = MessageBundle.read(content.get(), id.value(), locale, given.path());
            for (BundleProblem p : read.problems()) {
                if (reporting) {
                    report(p);
                }
            }
            return new Read(given.path(), Optional.of(read.bundle()));
        } catch (BundleFormatException e) {
            if (reporting) {
                report(e.problem());
            }
            return new Read(given.path(), Optional.empty());
        }
    }

    private void report(BundleProblem p) {
        problems.accept(new CatalogProblem(Optional.of(id.value()), providerName, Optional.of(p.file()), p.key(), p.description()));
    }

    /** Reports a problem with this provider's files, or with all of them when {@code file} is empty. */
    void report(Optional<String> file, String description) {
        problems.accept(new CatalogProblem(Optional.of(id.value()), providerName, file, Optional.empty(), description));
    }
}
