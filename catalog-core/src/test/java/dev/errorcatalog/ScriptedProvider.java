package dev.errorcatalog;

import dev.errorcatalog.spi.CatalogProvider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/** A provider whose every answer is given by the test, bundles included, so that any one of them can fail. */
final class ScriptedProvider implements CatalogProvider {
    Supplier<ProductId> product;
    Supplier<List<Locale>> locales = () -> List.of(Locale.ENGLISH);
    Supplier<Collection<? extends CodeDefinition>> codes;
    Function<Locale, String> bundlePath;
    Function<Locale, Optional<InputStream>> openBundle;
    /** When null, the provenance file is looked up as any provider's is. */
    Supplier<Optional<InputStream>> openProvenance;
    /** When null, the actions file is looked up as any provider's is. */
    Supplier<Optional<InputStream>> openActions;
    IntSupplier priority = () -> 0;
    java.util.function.BiPredicate<ErrorCode, Locale> hasText = (code, locale) -> true;
    /** When null, the default path. */
    Supplier<String> provenancePath;

    ScriptedProvider(String id, Map<Locale, String> bundles, String... codes) {
        ProductId pid = ProductId.of(id);
        List<CodeDefinition> defs = java.util.Arrays.stream(codes)
                .map(c -> CodeDefinition.of(pid.value(), c, CodeMetadata.NONE)).toList();
        this.product = () -> pid;
        this.codes = () -> defs;
        this.bundlePath = l -> "scripted/" + id + "/" + l.toLanguageTag() + ".json";
        this.openBundle = l -> Optional.ofNullable(bundles.get(l))
                .map(json -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public ProductId product() {
        return product.get();
    }

    @Override
    public List<Locale> locales() {
        return locales.get();
    }

    @Override
    public Collection<? extends CodeDefinition> codes() {
        return codes.get();
    }

    @Override
    public String bundlePath(Locale locale) {
        return bundlePath.apply(locale);
    }

    @Override
    public Optional<InputStream> openBundle(Locale locale) {
        return openBundle.apply(locale);
    }

    @Override
    public boolean hasText(ErrorCode code, Locale locale) {
        return hasText.test(code, locale);
    }

    @Override
    public int priority() {
        return priority.getAsInt();
    }

    @Override
    public String provenancePath() {
        return provenancePath == null ? CatalogProvider.super.provenancePath() : provenancePath.get();
    }

    @Override
    public Optional<InputStream> openProvenance() throws IOException {
        return openProvenance == null ? CatalogProvider.super.openProvenance() : openProvenance.get();
    }

    @Override
    public Optional<InputStream> openActions() throws IOException {
        return openActions == null ? CatalogProvider.super.openActions() : openActions.get();
    }
}
