package dev.errorcatalog;

import dev.errorcatalog.internal.Throwables;
import dev.errorcatalog.spi.CatalogProvider;
import dev.errorcatalog.spi.ProductCollection;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A collection's product, made the first time it is used; whatever fails then is reported under its id. */
final class DeferredProduct {
    final ProductId id;
    private final ProductCollection collection;
    final String collectionName;
    private final Optional<String> source;
    private final ProductScope common;
    private final ProviderRegistry registry;

    DeferredProduct(ProviderRegistry registry, ProductId id, ProductCollection collection, String collectionName,
                    Optional<String> source, ProductScope common) {
        this.registry = registry;
        this.id = id;
        this.collection = collection;
        this.collectionName = collectionName;
        this.source = source;
        this.common = common;
    }

    ProductScope make() {
        CatalogProvider p;
        try {
            p = collection.provider(id);
        } catch (Throwable e) {
            Throwables.rethrowIfFatal(e);
            return unavailable("provider(" + id + ") threw " + Throwables.describe(e));
        }
        if (p == null) {
            return unavailable("provider(" + id + ") returned null");
        }
        Optional<ProviderRegistry.Candidate> c = registry.candidate(p);
        if (c.isEmpty()) {
            return unavailable(null); // the candidate's rejection is reported
        }
        if (!c.get().id().equals(id)) {
            return unavailable("provider(" + id + ") gave a provider of " + c.get().id());
        }
        return registry.scope(c.get(), common, List.of());
    }

    /** The product as a name only: its codes are unknown, so it answers with the common codes. */
    private ProductScope unavailable(String why) {
        if (why != null) {
            registry.reject(collectionName, Optional.of(id.value()), why + "; it answers with the common codes only");
        }
        return new ProductScope(id, new Unavailable(id), collectionName, source, List.of(), common.negotiator, common,
                registry.problems);
    }

    /** What stands for a product whose provider could not be had: no codes, so no file of it is ever read. */
    private record Unavailable(ProductId product) implements CatalogProvider {
        @Override
        public List<Locale> locales() {
            return List.of(Locale.ENGLISH);
        }

        @Override
        public Collection<? extends CodeDefinition> codes() {
            return List.of();
        }
    }

    /** A product's one provider, made into a collection of one, so that it too is read when first used. */
    record OneProvider(ProductId id, CatalogProvider provider) implements ProductCollection {
        @Override
        public List<ProductId> products() {
            return List.of(id);
        }

        @Override
        public CatalogProvider provider(ProductId product) {
            return provider;
        }
    }
}
