package dev.errorcatalog;

import dev.errorcatalog.i18n.LocaleNegotiator;
import dev.errorcatalog.spi.CatalogProvider;

import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns providers into product scopes. Each provider is handled on its own: one that cannot be created, throws,
 * or declares bad codes is reported and left out, and the others are registered. A provider registers all of
 * its codes or none. Two providers claiming one product id is a conflict: both are named and neither is used.
 */
final class ProviderRegistry {
    private static final Pattern PROVIDER_NAME = Pattern.compile("Provider (\\S+)");
    /** A service file can list many providers, but not this many; the bound keeps a broken iterator from spinning. */
    private static final int MAX_PROVIDERS = 10_000;

    private final Consumer<CatalogProblem> problems;
    final Map<ProductId, ProductScope> scopes = new LinkedHashMap<>();
    final Map<ProductId, String> conflicts = new LinkedHashMap<>();

    ProviderRegistry(Consumer<CatalogProblem> problems) {
        this.problems = problems;
    }

    static List<CatalogProvider> discover(ClassLoader loader, Consumer<CatalogProblem> problems) {
        List<CatalogProvider> found = new ArrayList<>();
        Iterator<CatalogProvider> it = ServiceLoader.load(CatalogProvider.class, loader).iterator();
        for (int i = 0; i < MAX_PROVIDERS; i++) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError e) {
                Matcher m = PROVIDER_NAME.matcher(String.valueOf(e.getMessage()));
                String name = m.find() ? m.group(1) : "a provider listed in META-INF/services/" + CatalogProvider.class.getName();
                problems.accept(new CatalogProblem(Optional.empty(), name, Optional.empty(), Optional.empty(),
                        "the service loader could not load it: " + describe(e)));
            }
        }
        return found;
    }

    private record Candidate(ProductId id, CatalogProvider provider, String name, Optional<String> source,
                             List<Locale> locales, List<CodeDefinition> codes) {
        String described() {
            return name + source.map(s -> " from " + s).orElse("");
        }
    }

    void register(ProductScope common, Collection<CatalogProvider> providers) {
        scopes.put(common.id, common);
        Map<ProductId, List<Candidate>> byId = new LinkedHashMap<>();
        Set<Class<?>> seen = new HashSet<>();
        for (CatalogProvider p : providers) {
            if (p != null && seen.add(p.getClass())) {
                candidate(p).ifPresent(c -> byId.computeIfAbsent(c.id, k -> new ArrayList<>()).add(c));
            }
        }
        byId.forEach((id, claims) -> {
            if (claims.size() > 1) {
                String who = claims.stream().map(Candidate::described).collect(Collectors.joining(" and "));
                String why = "claimed by " + claims.size() + " providers: " + who;
                conflicts.put(id, why);
                claims.forEach(c -> problems.accept(new CatalogProblem(Optional.of(id.value()), c.name, Optional.empty(),
                        Optional.empty(), "product id " + id + " is " + why + "; none of them is used")));
                return;
            }
            Candidate c = claims.get(0);
            Locale fallback = c.locales.contains(Locale.ENGLISH) ? Locale.ENGLISH : c.locales.get(0);
            scopes.put(id, new ProductScope(id, c.provider, c.name, c.source, c.codes,
                    LocaleNegotiator.of(c.locales, fallback), common, problems));
        });
    }

    /** Reads everything the registry needs from a provider, or reports why it cannot be used. */
    private Optional<Candidate> candidate(CatalogProvider p) {
        String name = p.getClass().getName();
        Optional<String> source = source(p.getClass());
        Optional<String> product = Optional.empty();
        try {
            ProductId id = p.product();
            if (id == null) {
                return reject(name, product, "product() returned null");
            }
            product = Optional.of(id.value());
            if (id.isCommon()) {
                return reject(name, product, "the product id 'common' is reserved for the common codes in core");
            }
            List<Locale> locales = List.copyOf(p.locales());
            if (locales.isEmpty()) {
                return reject(name, product, "locales() is empty");
            }
            List<CodeDefinition> codes = List.copyOf(p.codes());
            List<String> wrong = new ArrayList<>();
            Set<ErrorCode> distinct = new HashSet<>();
            for (CodeDefinition d : codes) {
                if (d.code() == null || d.metadata() == null) {
                    wrong.add(d + " has no code or no metadata");
                } else if (!id.equals(d.product())) {
                    wrong.add(d.code() + " says it belongs to " + d.product());
                } else if (!distinct.add(d.code())) {
                    wrong.add(d.code() + " is declared twice");
                }
            }
            if (codes.isEmpty()) {
                wrong.add("it declares no codes");
            }
            if (!wrong.isEmpty()) {
                return reject(name, product, "its codes are not usable, so none is registered: " + String.join("; ", wrong));
            }
            return Optional.of(new Candidate(id, p, name, source, locales, codes));
        } catch (RuntimeException | LinkageError e) {
            return reject(name, product, "the provider threw " + describe(e));
        }
    }

    private Optional<Candidate> reject(String name, Optional<String> product, String why) {
        problems.accept(new CatalogProblem(product, name, Optional.empty(), Optional.empty(), why));
        return Optional.empty();
    }

    private static Optional<String> source(Class<?> type) {
        try {
            CodeSource cs = type.getProtectionDomain().getCodeSource();
            return cs == null || cs.getLocation() == null ? Optional.empty() : Optional.of(cs.getLocation().toString());
        } catch (SecurityException e) {
            return Optional.empty();
        }
    }

    static String describe(Throwable e) {
        StringBuilder s = new StringBuilder(e.toString());
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            s.append("; caused by ").append(c);
        }
        return s.toString();
    }
}
