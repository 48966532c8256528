package dev.errorcatalog;

import dev.errorcatalog.i18n.LocaleNegotiator;
import dev.errorcatalog.spi.CatalogProvider;
import dev.errorcatalog.spi.ProductCollection;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The error catalog: every registered product and the common codes, resolving any code to a localized message.
 *
 * <pre>{@code
 * ErrorCatalog catalog = ErrorCatalog.load();
 * Resolution r = catalog.resolve("vod", "InvalidParameterValue.FileIdsTooMany", Locale.SIMPLIFIED_CHINESE);
 * r.message();   // 参数值错误：FileId 过多。
 * }</pre>
 *
 * <p>What concerns the whole catalog is here (loading, the products, their problems and overlays) with three
 * shortcuts; what concerns one product is on its handle, {@link #product(String)}: its locales, codes and provenance,
 * choosing a locale from a tag or a browser's header, resolving a server's {@link ApiError}.
 *
 * <p>Resolution order for product {@code P}, code {@code C}: {@code P:C}, {@code common:C}, {@code P:parent(C)},
 * {@code common:parent(C)}, and so on up to the category; then the code itself. An unknown code never throws.
 * The locale is negotiated against the product's locales (CLDR distances), defaulting to English; the JVM's
 * default locale is never used.
 *
 * <p>Thread-safe; its providers are fixed once built. Each product reads its bundles when one of its locales is first
 * used; what goes wrong then is reported through {@link #problems()} and the {@code dev.errorcatalog} system
 * logger, and the rest keeps working. A strict catalog ({@link #loadStrict()}) reads everything when built and
 * fails on any problem.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ErrorCatalog {
    /** Created on the first line logged: setting up the platform's logging is a good part of a cold start. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger("dev.errorcatalog");
    }

    /** A HashMap, never written after construction: the immutable maps' lookup divides, on every resolve. */
    private final Map<String, Product> handles;
    private final Set<ProductId> ids;
    /** Why each product claimed twice is not served, by id text. */
    private final Map<String, String> conflicts;
    private final List<Overlay> overlays;
    private final List<CatalogProblem> problems;

    private ErrorCatalog(Map<String, Product> handles, Map<String, String> conflicts, List<Overlay> overlays,
                         List<CatalogProblem> problems) {
        this.handles = handles;
        Set<ProductId> ids = new TreeSet<>();
        for (Product p : handles.values()) { // not a lambda: the first message spins none (FirstMessageClassesTest)
            ids.add(p.id());
        }
        this.ids = Collections.unmodifiableSet(ids);
        this.conflicts = conflicts;
        this.overlays = overlays;
        this.problems = problems;
    }

    /**
     * Every product module the context class loader can see, found with {@link java.util.ServiceLoader}; lenient: a
     * module with a problem is reported in {@link #problems()} and the rest work. Build it once at start-up and share
     * it (it is immutable and thread-safe): loading reads every installed product's index and costs milliseconds, a
     * lookup on a held catalog nanoseconds.
     */
    public static ErrorCatalog load() {
        return builder().discover().build();
    }

    /**
     * The modules {@link #load()} finds, every bundle read now; any problem with any of them fails the load.
     *
     * @throws CatalogLoadException listing every problem
     */
    public static ErrorCatalog loadStrict() {
        return builder().discover().strict(true).build();
    }

    /**
     * A catalog of exactly the providers given to it, plus those found when {@link Builder#discover()} is called;
     * without either, it holds the common codes alone.
     */
    public static Builder builder() {
        return new Builder();
    }

    private static ClassLoader defaultLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ErrorCatalog.class.getClassLoader();
    }

    /** Product ids, {@code common} included, in order. */
    public Set<ProductId> products() {
        return ids;
    }

    /**
     * The handle of one installed product (or {@code common}): what it is and how it answers.
     *
     * @throws UnknownProductException   when no installed module provides the product, naming those installed
     * @throws DuplicateProductException when two installed modules claim it
     */
    public Product product(String product) {
        Product p = handles.get(Objects.requireNonNull(product, "product"));
        if (p == null) {
            String why = conflicts.get(product);
            if (why != null) {
                throw new DuplicateProductException(product, why);
            }
            throw new UnknownProductException(product, products());
        }
        return p;
    }

    /** {@link #product(String)} for an id. */
    public Product product(ProductId product) {
        return product(Objects.requireNonNull(product, "product").value());
    }

    /**
     * Resolves a code of a product in the locale closest to the one given: {@code product(product).resolve(code,
     * locale)}.
     *
     * @throws UnknownProductException   when no installed module provides the product
     * @throws DuplicateProductException when two installed modules claim it
     * @throws InvalidErrorCodeException when the text is not a code at all (an unknown code is fine)
     */
    public Resolution resolve(String product, String code, Locale locale) {
        return product(product).resolve(code, locale);
    }

    /** Resolves a typed constant: {@code catalog.resolve(VodCode.INVALID_PARAMETER, Locale.CHINA)}. */
    public Resolution resolve(CodeDefinition code, Locale locale) {
        return product(code.product().value()).resolve(code.code().value(), locale);
    }

    /**
     * Only the message of {@link #resolve(String, String, Locale)}: {@code product(product).message(code, locale)},
     * which allocates nothing.
     *
     * @throws UnknownProductException   when no installed module provides the product
     * @throws InvalidErrorCodeException when the text is not a code at all
     */
    public String message(String product, String code, Locale locale) {
        return product(product).message(code, locale);
    }

    /** Every provider laid over a product by a higher priority, and what it rewords and adds. */
    public List<Overlay> overlays() {
        return overlays;
    }

    /** The problems found so far; bundles not yet used have not been looked at (see {@link #loadAll()}). */
    public List<CatalogProblem> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    /** Reads every bundle of every product now and returns every problem found, then and before. */
    public List<CatalogProblem> loadAll() {
        handles.values().forEach(p -> p.scope().loadAll());
        return problems();
    }

    ProductScope scope(String product) {
        return product(product).scope();
    }

    /** Builds a catalog from discovered and explicitly given providers. */
    public static final class Builder {
        private final List<CatalogProvider> explicit = new ArrayList<>();
        private final List<ProductCollection> collections = new ArrayList<>();
        private ClassLoader discoverWith;
        private boolean strict;

        private Builder() {
        }

        /** Also finds providers as {@link #load()} does, through the context class loader. */
        public Builder discover() {
            return discover(defaultLoader());
        }

        /** Also finds providers with {@link java.util.ServiceLoader} in this class loader. */
        public Builder discover(ClassLoader loader) {
            this.discoverWith = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /** Adds a provider by hand, besides any discovered. */
        public Builder provider(CatalogProvider provider) {
            explicit.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /** Adds a collection of products by hand, besides any discovered; each product is read when first used. */
        public Builder collection(ProductCollection collection) {
            collections.add(Objects.requireNonNull(collection, "collection"));
            return this;
        }

        /**
         * When strict, any problem with any product module given or discovered (found by reading everything now) fails
         * the build. Strictness does not discover: {@link ErrorCatalog#loadStrict()} does both.
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Keeps each problem and logs it. A class rather than a lambda, like the other code on the way to the first
         * message: a lambda is a class spun at its first use, which a cold start pays for.
         */
        private static final class Sink implements java.util.function.Consumer<CatalogProblem> {
            private final List<CatalogProblem> problems;

            Sink(List<CatalogProblem> problems) {
                this.problems = problems;
            }

            @Override
            public void accept(CatalogProblem p) {
                problems.add(p);
                Log.LOG.log(System.Logger.Level.WARNING, "errorcatalog: {0}", p);
            }
        }

        /**
         * @throws CatalogLoadException in strict mode, listing every problem
         */
        public ErrorCatalog build() {
            // Appending is linear however many problems a module has; reading copies under the same lock.
            List<CatalogProblem> problems = Collections.synchronizedList(new ArrayList<>());
            java.util.function.Consumer<CatalogProblem> sink = new Sink(problems);
            List<CatalogProvider> providers = new ArrayList<>(explicit);
            List<ProductCollection> found = new ArrayList<>(collections);
            if (discoverWith != null) {
                providers.addAll(ProviderRegistry.discover(discoverWith, sink));
                found.addAll(ProviderRegistry.discoverCollections(discoverWith, sink));
            }
            CommonCatalogProvider commonProvider = new CommonCatalogProvider();
            ProductScope common = new ProductScope(ProductId.COMMON, commonProvider, "core common codes",
                    Optional.empty(), List.copyOf(commonProvider.codes()),
                    LocaleNegotiator.of(commonProvider.locales(), Locale.ENGLISH), null, sink);
            ProviderRegistry registry = new ProviderRegistry(sink);
            registry.register(common, providers);
            registry.registerCollections(common, found);
            Map<String, Product> byName = new HashMap<>();
            for (ProductScope s : registry.scopes.values()) {
                byName.put(s.id.value(), new Product(s));
            }
            for (DeferredProduct d : registry.deferred.values()) {
                byName.put(d.id.value(), new Product(d));
            }
            for (Overlay o : registry.overlays) {
                Log.LOG.log(System.Logger.Level.INFO, "errorcatalog: {0}", o);
            }
            Map<String, String> conflicts = new HashMap<>();
            for (Map.Entry<ProductId, String> c : registry.conflicts.entrySet()) {
                conflicts.put(c.getKey().value(), c.getValue());
            }
            ErrorCatalog catalog = new ErrorCatalog(byName, Map.copyOf(conflicts),
                    List.copyOf(registry.overlays), problems);
            if (strict && !catalog.loadAll().isEmpty()) {
                throw new CatalogLoadException(catalog.problems());
            }
            return catalog;
        }
    }
}
