package dev.errorcatalog;

import dev.errorcatalog.i18n.BundleEntry;
import dev.errorcatalog.i18n.LocalizedEntry;

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

    CatalogEntry(ProductId product, CodeDefinition definition, LocalizedEntry text) {
        this.product = product;
        this.definition = definition;
        this.text = text;
        BundleEntry e = text.entry();
        this.message = e.message().format();
        this.title = e.title().map(t -> t.format());
        this.variants = e.variants().stream()
                .map(v -> new Meaning(v.title().map(t -> t.format()), v.message().format()))
                .toList();
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
