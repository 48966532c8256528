package dev.errorcatalog;

import dev.errorcatalog.i18n.Printable;
import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Something wrong with a product module, found while loading: a provider that could not be created or that
 * threw, a duplicate product id, a bundle that is missing or malformed, a pattern that does not parse, a
 * message that had to fall back to English. Each names as much as is known of where.
 *
 * @param product       the product id, when it is known
 * @param providerClass the provider class, or what the service file named
 * @param file          the bundle file, for bundle problems
 * @param key           the code, for problems with one entry
 * @param description   what is wrong
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CatalogProblem(Optional<String> product, String providerClass, Optional<String> file,
                             Optional<String> key, String description) {
    /** Rejects null components. */
    public CatalogProblem {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(providerClass, "providerClass");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        s.append(product.map(p -> "product " + p + " ").orElse("")).append("(").append(providerClass).append(")");
        file.ifPresent(f -> s.append(" file ").append(f));
        key.ifPresent(k -> s.append(" key '").append(k).append("'"));
        return Printable.of(s.append(": ").append(description)); // names and descriptions can hold what a file held
    }
}
