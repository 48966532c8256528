package dev.errorcatalog.spring;

import dev.errorcatalog.CatalogProblem;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.Product;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.spi.ProductCollection;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The catalog under Actuator's {@code /actuator/info}, as {@code errorcatalog}: each installed product with its data
 * version and number of codes, and the problems found loading so far ({@link ErrorCatalog#problems()}: a problem
 * leaves the catalog degraded, not down, so it is information, not health).
 *
 * <p>Asking does not load the catalog: no bundle is read, and a product of a collection (catalog-all's, read when
 * first used) is listed by its id alone, as making it to count its codes would read it. A product of its own module
 * is made when the catalog is built; its provenance file, a few lines, is read at the first request.
 */
final class ErrorCatalogInfoContributor implements InfoContributor {
    /** Problems shown, at most; their number is given in full. A broken module can report one per code. */
    static final int PROBLEMS_SHOWN = 20;
    private static final int MAX_FAULTS = 100;

    private final ErrorCatalog catalog;
    private final ClassLoader loader;
    /** The products collections serve, found at the first request. */
    private volatile Set<ProductId> collected;

    /** The catalog's; {@code loader} is the one it was loaded from, where its collections are found. */
    ErrorCatalogInfoContributor(ErrorCatalog catalog, ClassLoader loader) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("errorcatalog", details());
    }

    Map<String, Object> details() {
        Set<ProductId> inCollections = collected();
        Map<String, Object> products = new LinkedHashMap<>();
        for (ProductId id : catalog.products()) {
            products.put(id.value(), inCollections.contains(id) ? Map.of("readWhenFirstUsed", true) : product(id));
        }
        List<CatalogProblem> problems = catalog.problems();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("products", products);
        details.put("problemCount", problems.size());
        details.put("problems", problems.stream().limit(PROBLEMS_SHOWN).map(CatalogProblem::toString).toList());
        return details;
    }

    private Map<String, Object> product(ProductId id) {
        Product product = catalog.product(id);
        Map<String, Object> details = new LinkedHashMap<>();
        // a module that does not state its version has none to show: the key is left out, not null
        product.provenance().dataVersion().ifPresent(v -> details.put("dataVersion", v));
        details.put("codes", product.codes().size());
        return details;
    }

    /**
     * The ids the class loader's collections list (each cheap to create and to ask, by their contract). One that
     * cannot be had is passed over: the catalog has reported it, and its products are then none of the catalog's.
     */
    private Set<ProductId> collected() {
        Set<ProductId> known = collected;
        if (known != null) {
            return known;
        }
        Set<ProductId> ids = new HashSet<>();
        Iterator<ProductCollection> it = ServiceLoader.load(ProductCollection.class, loader).iterator();
        // bounded: a service file that cannot be read may fail on every call
        for (int faults = 0; faults < MAX_FAULTS; ) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                ids.addAll(it.next().products());
            } catch (ServiceConfigurationError | RuntimeException e) {
                faults++; // this one is left out; ServiceLoader goes on to the next
            }
        }
        collected = Set.copyOf(ids);
        return collected;
    }
}
