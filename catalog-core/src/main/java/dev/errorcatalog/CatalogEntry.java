package dev.errorcatalog;

import dev.errorcatalog.i18n.internal.BundleEntry;
import dev.errorcatalog.i18n.internal.LocalizedEntry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One code of one product with its text in one locale, built once when that locale is first used. */
final class CatalogEntry {
    // Few fields: a catalog of every product holds tens of thousands of entries. The product is the definition's
    // (the rules hold a provider's codes to its id), the message the bundle entry's, and a title or variants, which
    // legacy codes alone have, are formatted when asked for.
    final CodeDefinition definition;
    final LocalizedEntry text;
    /**
     * The product's provenance file, read when an origin is first asked for, not on the way to the first message
     * (it is larger than a bundle). What is read from it is kept in the fields below: immutable values, so a thread
     * that sees one sees it whole, and two threads computing it at once compute the same.
     */
    private final ProviderFiles files;
    private Source origin;
    private Optional<Solution> solution;
    private List<String> apiVersions;

    CatalogEntry(CodeDefinition definition, LocalizedEntry text, ProviderFiles files) {
        this.definition = definition;
        this.text = text;
        this.files = files;
    }

    /** The message as shown: a plain text's pattern is its message, kept once, in the bundle's entry. */
    String message() {
        return text.entry().message().format();
    }

    ProductId product() {
        return definition.product();
    }

    Optional<String> title() {
        BundleEntry e = text.entry();
        return e.title().isPresent() ? Optional.of(e.title().get().format()) : Optional.empty();
    }

    List<Meaning> variants() {
        BundleEntry e = text.entry();
        return e.variants().isEmpty() ? List.of() : e.variants().stream()
                .map(v -> new Meaning(v.title().map(t -> t.format()), v.message().format()))
                .toList();
    }

    private CatalogEntry(CatalogEntry e, CodeDefinition definition) {
        this.definition = definition;
        this.text = e.text;
        this.files = e.files;
    }

    /** Where the message came from. */
    Source origin() {
        Source o = origin;
        if (o == null) {
            o = files.provenanceFile().messageOrigin(code().value(), locale());
            origin = o;
        }
        return o;
    }

    /** What to do about the error, where a source says, with where that came from. */
    Optional<Solution> solution() {
        Optional<Solution> s = solution;
        if (s == null) {
            s = text.entry().solution().map(t -> new Solution(t.format(), locale(),
                    files.provenanceFile().solutionOrigin(code().value(), locale())));
            solution = s;
        }
        return s;
    }

    /** Why the code has its advice, from the provenance file; a module that gives none is said to. */
    RetryEvidence retryEvidence(RetryAdvice advice) {
        return files.retryEvidence(code().value(), advice, qualifiedName()).orElseGet(() ->
                new RetryEvidence(advice, qualifiedName(), "module", "the product module's own advice, without evidence"));
    }

    /** The official text the message corrects, where it is a correction. */
    Optional<Correction> correction() {
        return files.provenanceFile().correction(code().value(), locale());
    }

    /** The API versions whose code lists hold the code. */
    List<String> apiVersions() {
        List<String> v = apiVersions;
        if (v == null) {
            v = files.provenanceFile().apiVersions(code().value());
            apiVersions = v;
        }
        return v;
    }

    /** The same text under another definition of the same code (an overlay rewording an entry below it). */
    CatalogEntry withDefinition(CodeDefinition other) {
        return new CatalogEntry(this, other);
    }

    ErrorCode code() {
        return definition.code();
    }

    Locale locale() {
        return text.locale();
    }

    String qualifiedName() {
        return product() + ":" + definition.code();
    }
}
