package dev.errorcatalog;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A provider laid over a product another provider ships (a company's own wording for {@code vod}): it has a higher
 * {@linkplain dev.errorcatalog.spi.CatalogProvider#priority() priority}, the codes it declares are added to the
 * product, and its texts replace those below it in the locales it ships. The catalog lists every overlay in
 * {@link ErrorCatalog#overlays()} and logs it when built, so none is silent.
 *
 * @param product  the product overlaid
 * @param provider the overlay's provider class
 * @param priority its priority
 * @param over     the provider class it is laid over (the highest below it)
 * @param reworded codes both declare: the overlay's texts replace the ones below in the locales it ships
 * @param added    codes only the overlay declares
 */
@API(status = MAINTAINED, since = "0.1.0")
public record Overlay(ProductId product, String provider, int priority, String over, List<ErrorCode> reworded,
                      List<ErrorCode> added) {
    public Overlay {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(over, "over");
        reworded = List.copyOf(reworded);
        added = List.copyOf(added);
    }

    @Override
    public String toString() {
        return "product " + product + " is overlaid by " + provider + " (priority " + priority + ") over " + over
                + ": " + reworded.size() + " code(s) reworded " + reworded + ", " + added.size() + " added " + added;
    }
}
