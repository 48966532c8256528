package dev.errorcatalog;

import dev.errorcatalog.i18n.BundleEntry;
import dev.errorcatalog.i18n.internal.LocalizedEntry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One code of one product with its text in one locale, built once when that locale is first used. */
final class CatalogEntry {
    final ProductId product;
    final CodeDefinition definition;
    final LocalizedEntry text;
    final String message;
    final Optional<String> title;
    final List<Meaning> variants;
    final Source origin;
    final Optional<Solution> solution;
    final List<String> apiVersions;

    CatalogEntry(ProductId product, CodeDefinition definition, LocalizedEntry text, DataSheet sheet) {
        this.product = product;
        this.definition = definition;
        this.text = text;
        BundleEntry e = text.entry();
        String code = definition.code().value();
        this.origin = sheet.messageOrigin(code, text.locale());
        this.solution = e.solution().map(s -> new Solution(s.format(), text.locale(), sheet.solutionOrigin(code, text.locale())));
        this.apiVersions = sheet.apiVersions(code);
        this.message = e.message().format();
        this.title = e.title().map(t -> t.format());
        this.variants = e.variants().stream()
                .map(v -> new Meaning(v.title().map(t -> t.format()), v.message().format()))
                .toList();
    }

    private CatalogEntry(CatalogEntry e, CodeDefinition definition) {
        this.product = e.product;
        this.definition = definition;
        this.text = e.text;
        this.message = e.message;
        this.title = e.title;
        this.variants = e.variants;
        this.origin = e.origin;
        this.solution = e.solution;
        this.apiVersions = e.apiVersions;
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
        return product + ":" + definition.code();
    }
}
