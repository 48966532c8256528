package dev.errorcatalog.spi;

import dev.errorcatalog.ProductId;
import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Many products in one module, each read only when it is first used: the catalog of every product costs, at load,
 * the list of its ids. Found through {@link java.util.ServiceLoader} (a line in
 * {@code META-INF/services/dev.errorcatalog.spi.ProductCollection}, or a {@code provides} in a module descriptor) or
 * given to the builder; public, with a public no-argument constructor, cheap to create.
 *
 * <p>Each product stays on its own: a product whose provider cannot be made, or breaks a rule, is reported under its
 * id and answers with the common codes only, and the others are untouched. A product that has a provider of its own
 * ({@link CatalogProvider}, found or given) is served by that provider, and the collection's is never made.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public interface ProductCollection {

    /** The products served, without reading any of them; {@code common} is reserved for core. */
    List<ProductId> products();

    /**
     * The provider of one of {@link #products()}, asked for once, when the product is first used (or by
     * {@code ErrorCatalog.loadAll()}). Its {@link CatalogProvider#product()} must be {@code product}.
     */
    CatalogProvider provider(ProductId product);
}
