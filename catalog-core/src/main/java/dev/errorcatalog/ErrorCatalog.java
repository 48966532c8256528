package dev.errorcatalog;

import dev.errorcatalog.i18n.LocaleNegotiator;
import dev.errorcatalog.spi.CatalogProvider;
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
    private final Map<String, ProductScope> scopes;
    /** Why each product claimed twice is not served, by id text. */
    private final Map<String, String> conflicts;
    private final List<Overlay> overlays;
    private final List<CatalogProblem> problems;

    private ErrorCatalog(Map<String, ProductScope> scopes, Map<String, String> conflicts, List<Overlay> overlays,
                         List<CatalogProblem> problems) {
        this.scopes = scopes;
        this.conflicts = conflicts;
        this.overlays = overlays;
        this.problems = problems;
    }

    /**
     * Every product module the context class loader can see, found with {@link java.util.ServiceLoader}; lenient: a
     * module with a problem is reported in {@link #problems()} and the rest work.
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
        Set<ProductId> ids = new TreeSet<>();
        scopes.values().forEach(s -> ids.add(s.id));
        return Collections.unmodifiableSet(ids);
    }

    /** Whether a product of this id (or {@code common}) is installed. */
    public boolean hasProduct(String product) {
        return scopes.containsKey(product);
    }

    /**
     * @throws UnknownProductException naming the installed products
     */
    public ProductInfo product(String product) {
        ProductScope s = scope(product);
        return new ProductInfo(s.id, s.negotiator.supported(), s.layeredDefinitions().stream().map(CodeDefinition::code).toList(),
                s.providerName, s.source);
    }

    /**
     * Where a product's texts came from and the version of its data (read from its provenance file when first asked).
     *
     * @throws UnknownProductException naming the installed products
     */
    public Provenance provenance(String product) {
        return scope(product).provenanceFile().provenance;
    }

    /**
     * Resolves a code of a product in the locale closest to the one given.
     *
     * @throws UnknownProductException   when no installed module provides the product
     * @throws DuplicateProductException when two installed modules claim it
     * @throws InvalidErrorCodeException when the text is not a code at all (an unknown code is fine)
     */
    public Resolution resolve(String product, String code, Locale locale) {
        return scope(product).resolve(Objects.requireNonNull(code, "code"), Objects.requireNonNull(locale, "locale"),
                Optional.empty(), true);
    }

    /**
     * Only the message of {@link #resolve(String, String, Locale)}: the stored string of the entry that answers (the
     * code's own, or its closest ancestor's), or the code itself when none does. Allocates nothing, also for a code
     * never seen before, for which {@code resolve} makes the {@link Resolution} it returns.
     *
     * @throws UnknownProductException   when no installed module provides the product
     * @throws InvalidErrorCodeException when the text is not a code at all
     */
    public String message(String product, String code, Locale locale) {
        return scope(product).message(Objects.requireNonNull(code, "code"), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Resolves a code of a product for a locale given as a tag ({@code zh-CN}, {@code zh_CN}) or an
     * Accept-Language list ({@code zh-CN, en;q=0.8}).
     *
     * @throws dev.errorcatalog.i18n.InvalidLanguageTagException when the locale text is not a tag or a list of tags
     */
    public Resolution resolve(String product, String code, String locale) {
        ProductScope s = scope(product);
        return s.resolveSupported(Objects.requireNonNull(code, "code"), s.negotiator.negotiate(locale), Optional.empty(), true);
    }

    /** Resolves a typed constant: {@code catalog.resolve(VodCode.INVALID_PARAMETER, Locale.CHINA)}. */
    public Resolution resolve(CodeDefinition code, Locale locale) {
        return resolve(code.product().value(), code.code().value(), locale);
    }

    /**
     * Resolves the code of an error a server sent. A code that is not well-formed does not throw here: the result
     * answers with the server's message, since that is all there is.
     */
    public Resolution resolve(String product, ApiError error, Locale locale) {
        return scope(product).resolve(error.code(), Objects.requireNonNull(locale, "locale"), error.message(), false);
    }

    /**
     * Resolves the code of an error a server sent, for an Accept-Language header as a browser sends it (never throws
     * for the header, see {@link #negotiateHeader(String, String)}).
     */
    public Resolution resolve(String product, ApiError error, String acceptLanguage) {
        return resolve(product, error, negotiateHeader(product, acceptLanguage));
    }

    /** Resolves a code for the first locale of a priority list the product can serve (a servlet request's locales). */
    public Resolution resolve(String product, String code, List<Locale> priorityList) {
        return resolve(product, code, negotiate(product, priorityList));
    }

    /**
     * The locale of {@code product} closest to an Accept-Language header as a browser sends it. Never throws for the
     * header: malformed items are skipped, and a header with no usable tag at all gives the product's default, as does
     * {@code null}, what a servlet request's {@code getHeader} returns when there is none. (The methods taking a
     * {@code locale} text are strict: text that is not a tag is an error naming it.)
     */
    public Locale negotiateHeader(String product, String acceptLanguage) {
        return scope(product).negotiator.negotiateHeader(acceptLanguage);
    }

    /** {@link #resolve(String, String, Locale)} for a product named by its id. */
    public Resolution resolve(ProductId product, String code, Locale locale) {
        return resolve(Objects.requireNonNull(product, "product").value(), code, locale);
    }

    /** {@link #resolve(String, String, String)} for a product named by its id. */
    public Resolution resolve(ProductId product, String code, String acceptLanguage) {
        return resolve(Objects.requireNonNull(product, "product").value(), code, acceptLanguage);
    }

    /** {@link #resolve(String, ApiError, Locale)} for a product named by its id. */
    public Resolution resolve(ProductId product, ApiError error, Locale locale) {
        return resolve(Objects.requireNonNull(product, "product").value(), error, locale);
    }

    /** {@link #resolve(String, ApiError, String)} for a product named by its id. */
    public Resolution resolve(ProductId product, ApiError error, String acceptLanguage) {
        return resolve(Objects.requireNonNull(product, "product").value(), error, acceptLanguage);
    }

    /**
     * A server's error as an exception to throw from the call that got it; {@link RetryPredicate} reads its advice.
     */
    public ApiErrorException failure(String product, ApiError error, Locale locale) {
        return new ApiErrorException(error, resolve(product, error, locale));
    }

    /** The locale of {@code product} closest to the first it can serve of a priority list (a servlet request's locales). */
    public Locale negotiate(String product, List<Locale> priorityList) {
        return scope(product).negotiator.negotiate(List.copyOf(priorityList));
    }

    /** {@link #negotiate(String, Locale)} for a product named by its id. */
    public Locale negotiate(ProductId product, Locale locale) {
        return negotiate(Objects.requireNonNull(product, "product").value(), locale);
    }

    /** {@link #negotiate(String, String)} for a product named by its id. */
    public Locale negotiate(ProductId product, String locale) {
        return negotiate(Objects.requireNonNull(product, "product").value(), locale);
    }

    /** {@link #negotiate(String, List)} for a product named by its id. */
    public Locale negotiate(ProductId product, List<Locale> priorityList) {
        return negotiate(Objects.requireNonNull(product, "product").value(), priorityList);
    }

    /** {@link #hasProduct(String)} for an id. */
    public boolean hasProduct(ProductId product) {
        return hasProduct(Objects.requireNonNull(product, "product").value());
    }

    /** {@link #product(String)} for an id. */
    public ProductInfo product(ProductId product) {
        return product(Objects.requireNonNull(product, "product").value());
    }

    /** {@link #provenance(String)} for an id. */
    public Provenance provenance(ProductId product) {
        return provenance(Objects.requireNonNull(product, "product").value());
    }

    /** {@link #entries(String, Locale)} for an id. */
    public List<Resolution> entries(ProductId product, Locale locale) {
        return entries(Objects.requireNonNull(product, "product").value(), locale);
    }

    /** The locale of {@code product} closest to the one given. */
    public Locale negotiate(String product, Locale locale) {
        return scope(product).negotiator.negotiate(locale);
    }

    /** The locale of {@code product} closest to a tag or an Accept-Language list. */
    public Locale negotiate(String product, String locale) {
        return scope(product).negotiator.negotiate(locale);
    }

    /** Every code a product declares, resolved exactly in a locale, in declaration order. */
    public List<Resolution> entries(String product, Locale locale) {
        ProductScope s = scope(product);
        ProductScope.Table t = s.table(s.negotiator.negotiate(locale));
        return t.inOrder().stream().filter(r -> r.kind() == MatchKind.EXACT).toList();
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
        scopes.values().forEach(ProductScope::loadAll);
        return problems();
    }

    ProductScope scope(String product) {
        ProductScope s = scopes.get(Objects.requireNonNull(product, "product"));
        if (s == null) {
            String why = conflicts.get(product);
            if (why != null) {
                throw new DuplicateProductException(product, why);
            }
            throw new UnknownProductException(product, products());
        }
        return s;
    }

    /** Builds a catalog from discovered and explicitly given providers. */
    public static final class Builder {
        private final List<CatalogProvider> explicit = new ArrayList<>();
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
            if (discoverWith != null) {
                providers.addAll(ProviderRegistry.discover(discoverWith, sink));
            }
            CommonCatalogProvider commonProvider = new CommonCatalogProvider();
            ProductScope common = new ProductScope(ProductId.COMMON, commonProvider, "core common codes",
                    Optional.empty(), List.copyOf(commonProvider.codes()),
                    LocaleNegotiator.of(commonProvider.locales(), Locale.ENGLISH), null, sink);
            ProviderRegistry registry = new ProviderRegistry(sink);
            registry.register(common, providers);
            Map<String, ProductScope> byName = new HashMap<>();
            for (ProductScope s : registry.scopes.values()) {
                byName.put(s.id.value(), s);
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
