package dev.errorcatalog;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A registered product as the catalog sees it.
 *
 * @param id       the product id
 * @param locales  the locales it ships, the default (English) among them
 * @param codes    the codes it declares itself, in declaration order (common codes not included)
 * @param provider the provider class
 * @param source   where the provider class was loaded from (its jar or folder), when known
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ProductInfo(ProductId id, List<Locale> locales, List<ErrorCode> codes, String provider,
                          Optional<String> source) {
    /** Rejects null components; copies the lists. */
    public ProductInfo {
        Objects.requireNonNull(id, "id");
        locales = List.copyOf(locales);
        codes = List.copyOf(codes);
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(source, "source");
    }
}
