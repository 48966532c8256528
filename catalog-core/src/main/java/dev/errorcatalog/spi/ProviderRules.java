package dev.errorcatalog.spi;

import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.ProductId;
import org.apiguardian.api.API;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The rules a provider keeps, written once. The catalog refuses, at registration, a provider that breaks
 * {@link #ofDeclarations}; the testkit's contract check reports every rule here from a product's own tests; the
 * architecture rules check {@link #ofClass} over this repository.
 *
 * <p>Part of the SPI (the {@code spi} package), maintained as {@link CatalogProvider} is.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class ProviderRules {
    private ProviderRules() {
    }

    /**
     * One broken rule.
     *
     * @param code        the code it is about, when it is about one
     * @param description what is wrong, in a sentence that names no class (the report does)
     */
    public record Violation(Optional<String> code, String description) {
        @Override
        public String toString() {
            return code.map(c -> c + " ").orElse("") + description;
        }
    }

    /** What {@link java.util.ServiceLoader} needs of a provider class: public, final, a public no-argument constructor. */
    public static List<Violation> ofClass(Class<?> type) {
        List<Violation> out = new ArrayList<>();
        if (!Modifier.isPublic(type.getModifiers()) || !Modifier.isFinal(type.getModifiers())) {
            out.add(new Violation(Optional.empty(), "the provider class must be public and final"));
        }
        try {
            type.getConstructor();
        } catch (NoSuchMethodException e) {
            out.add(new Violation(Optional.empty(),
                    "the provider class has no public no-argument constructor, so ServiceLoader cannot create it"));
        }
        return out;
    }

    /**
     * What the catalog needs of what a provider declares: a product id other than {@code common}, a locale at least,
     * a code at least, and every code with its metadata, of this product, declared once.
     */
    public static List<Violation> ofDeclarations(ProductId product, List<Locale> locales,
                                                 Collection<? extends CodeDefinition> codes) {
        List<Violation> out = new ArrayList<>();
        if (product.isCommon()) {
            out.add(new Violation(Optional.empty(), "the product id 'common' is reserved for the common codes in core"));
        }
        if (locales.isEmpty()) {
            out.add(new Violation(Optional.empty(), "it ships no locale (locales() is empty)"));
        }
        if (codes.isEmpty()) {
            out.add(new Violation(Optional.empty(), "it declares no codes"));
        }
        Set<String> seen = new HashSet<>();
        for (CodeDefinition d : codes) {
            if (d == null || d.code() == null || d.metadata() == null) {
                out.add(new Violation(Optional.empty(), d + " has no code or no metadata"));
                continue;
            }
            String code = d.code().value();
            if (!product.equals(d.product())) {
                out.add(new Violation(Optional.of(code), "says it belongs to " + d.product() + ", not " + product));
            }
            if (!seen.add(code)) {
                out.add(new Violation(Optional.of(code), "is declared twice"));
            }
        }
        return out;
    }

    /** A typed constant is named after its code ({@link dev.errorcatalog.ErrorCode#constantName()}). */
    public static List<Violation> ofConstantNames(Collection<? extends CodeDefinition> codes) {
        List<Violation> out = new ArrayList<>();
        for (CodeDefinition d : codes) {
            if (d instanceof Enum<?> constant && d.code() != null && !constant.name().equals(d.code().constantName())) {
                out.add(new Violation(Optional.of(d.code().value()), "its constant is named " + constant.name()
                        + " but should be " + d.code().constantName()));
            }
        }
        return out;
    }
}
