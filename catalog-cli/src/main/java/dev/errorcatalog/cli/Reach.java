package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.all.EveryProduct;
import dev.errorcatalog.spi.CatalogProvider;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Which installed products can hold a code, without making every product: those served by catalog-all's data are
 * found through its code index, and every other (VOD, KMS, Live, legacy, a user's own modules, all made at load) is
 * always asked. A product of the data that a module of its own serves instead is one of the others, as the catalog
 * serves it so.
 */
final class Reach {
    private final EveryProduct every;
    /** The products the catalog serves from catalog-all's data. */
    private final Set<String> collected;
    /** Every other installed product but common, in the catalog's order. */
    private final List<String> others;

    private Reach(EveryProduct every, Set<String> collected, List<String> others) {
        this.every = every;
        this.collected = collected;
        this.others = others;
    }

    static Reach of(ErrorCatalog catalog) {
        EveryProduct every = new EveryProduct();
        Set<String> own = ownModules();
        Set<String> collected = new HashSet<>();
        for (EveryProduct.Summary s : every.summaries()) {
            if (!own.contains(s.product().value()) && catalog.products().contains(s.product())) {
                collected.add(s.product().value());
            }
        }
        List<String> others = new ArrayList<>();
        for (ProductId id : catalog.products()) {
            if (!id.isCommon() && !collected.contains(id.value())) {
                others.add(id.value());
            }
        }
        return new Reach(every, Set.copyOf(collected), List.copyOf(others));
    }

    private static final int MAX_FAULTS = 100;

    /** The ids of the product modules the catalog finds as it does ({@code ErrorCatalog.load()}); one it cannot make is not one. */
    private static Set<String> ownModules() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        Set<String> ids = new HashSet<>();
        var providers = ServiceLoader.load(CatalogProvider.class, context != null ? context : Reach.class.getClassLoader()).iterator();
        // a module that cannot be loaded or made is the catalog's to report (it has); here it is passed over, a bounded
        // number of times, as a broken entry may fail each time it is reached
        for (int faults = 0; faults < MAX_FAULTS; ) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                ids.add(providers.next().product().value());
            } catch (ServiceConfigurationError | LinkageError | RuntimeException broken) {
                faults++;
            }
        }
        return ids;
    }

    EveryProduct every() {
        return every;
    }

    /** Whether the catalog serves {@code product} from catalog-all's data (made on first use). */
    boolean collected(String product) {
        return collected.contains(product);
    }

    /** The installed products other than common that are not catalog-all's data: cheap to ask, always asked. */
    List<String> others() {
        return others;
    }

    /** The products of catalog-all's data that declare {@code code}, by id. */
    List<String> declaring(ErrorCode code) {
        List<String> ids = new ArrayList<>();
        for (ProductId id : every.productsDeclaring(code)) {
            if (collected.contains(id.value())) {
                ids.add(id.value());
            }
        }
        return ids;
    }
}
