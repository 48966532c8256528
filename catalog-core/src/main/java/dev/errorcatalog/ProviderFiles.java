package dev.errorcatalog;

import dev.errorcatalog.i18n.BundleFormatException;
import dev.errorcatalog.i18n.BundleProblem;
import dev.errorcatalog.i18n.internal.BundleFallback;
import dev.errorcatalog.i18n.internal.LocalizedEntry;
import dev.errorcatalog.i18n.internal.MessageBundle;
import dev.errorcatalog.spi.CatalogProvider;

import java.io.InputStream;
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
 * Nothing here decides whose text wins; that is {@link TableAssembler}'s. Thread-safe: each file is read under this
 * reader's lock.
 */
final class ProviderFiles {
    private final ProductId id;
    private final CatalogProvider provider;
    private final String providerName;
    private final Consumer<CatalogProblem> problems;
    private final Map<Locale, Optional<MessageBundle>> bundles = new HashMap<>();
    private final Map<Locale, String> paths = new HashMap<>();
    /** Read when an origin or the provenance is first asked for, or by {@link ProductScope#loadAll}. */
    private ProvenanceFile provenanceFile;

    ProviderFiles(ProductId id, CatalogProvider provider, String providerName, Consumer<CatalogProblem> problems) {
        this.id = id;
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
        BundleFallback.Merged merged = BundleFallback.merge(id.value(), keys, locale, path(locale),
                bundle(locale), new DefaultBundle(locale.equals(defaultLocale) ? null : defaultLocale));
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
            rethrowAtFirstUse(e);
            report(Optional.empty(), "hasText(" + code + ", " + locale.toLanguageTag() + ") threw " + ProviderRegistry.describe(e));
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
            return locale == null ? Optional.empty() : bundle(locale);
        }
    }

    /** The product's provenance file, read once; a module without one, or with a broken one, answers for itself. */
    synchronized ProvenanceFile provenanceFile() {
        if (provenanceFile == null) {
            provenanceFile = readProvenanceFile();
        }
        return provenanceFile;
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
            report(Optional.of(path), "the provenance file cannot be read: " + ProviderRegistry.messageOf(e));
        } catch (Throwable e) { // an Error from the provider too: its texts then simply come from the module
            rethrowAtFirstUse(e);
            report(Optional.of(path), "the provenance file cannot be read: " + ProviderRegistry.describe(e));
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
                report(Optional.of(path), "the bundle file is missing");
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
            report(Optional.of(path), "the bundle cannot be read: " + ProviderRegistry.describe(e));
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
                report(Optional.empty(), "bundlePath(" + locale.toLanguageTag() + ") returned null");
            }
        } catch (Throwable e) {
            rethrowAtFirstUse(e);
            report(Optional.empty(), "bundlePath(" + locale.toLanguageTag() + ") threw " + ProviderRegistry.describe(e));
        }
        paths.put(locale, path);
        return path;
    }

    private void report(BundleProblem p) {
        problems.accept(new CatalogProblem(Optional.of(id.value()), providerName, Optional.of(p.file()), p.key(), p.description()));
    }

    /** Reports a problem with this provider's files, or with all of them when {@code file} is empty. */
    void report(Optional<String> file, String description) {
        problems.accept(new CatalogProblem(Optional.of(id.value()), providerName, file, Optional.empty(), description));
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
}
