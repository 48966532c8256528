package dev.errorcatalog.i18n;

import org.apiguardian.api.API;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * One thing wrong with a bundle, with everything needed to find it: whose bundle (for the catalog, the product
 * id), which locale, which file and, where it concerns one entry, which key.
 */
@API(status = MAINTAINED, since = "0.1.0")
public record BundleProblem(String owner, Locale locale, String file, Optional<String> key, String description) {

    /** Rejects null components. */
    public BundleProblem {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
    }

    /** A problem with a whole file. */
    public static BundleProblem ofFile(String owner, Locale locale, String file, String description) {
        return new BundleProblem(owner, locale, file, Optional.empty(), description);
    }

    /** A problem with one key of a file. */
    public static BundleProblem ofKey(String owner, Locale locale, String file, String key, String description) {
        return new BundleProblem(owner, locale, file, Optional.of(key), description);
    }

    @Override
    public String toString() {
        return Printable.of(owner + " " + locale.toLanguageTag() + " (" + file + ")"
                + key.map(k -> " key '" + k + "'").orElse("") + ": " + description);
    }
}
