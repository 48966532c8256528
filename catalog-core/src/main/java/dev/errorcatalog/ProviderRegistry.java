package dev.errorcatalog;

import dev.errorcatalog.i18n.LocaleNegotiator;
import dev.errorcatalog.internal.Throwables;
import dev.errorcatalog.spi.CatalogProvider;
import dev.errorcatalog.spi.ProductCollection;
import dev.errorcatalog.spi.ProviderRules;

import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Turns providers into product scopes. Each provider is handled on its own: one that cannot be created, throws,
 * or declares bad codes is reported and left out, and the others are registered. A provider registers all of
 * its codes or none, and each is read once, here, so nothing of the provider's runs when a code is looked up.
 * At load a provider is asked only for its product id; a product's one provider is read when the product is first
 * used ({@link DeferredProduct}, as a collection's products are), so loading does not grow with the codes installed;
 * the providers of a product claimed more than once are read at load, for their layers and conflicts.
 * Providers of one product id are layers by {@code priority()}, laid over the lowest; two of the same priority are a
 * conflict: both are named and neither is used. Nothing is laid under a product: a provider below 0 (a product's own
 * standing) is left out, and reported, when another provider of its product stands higher.
 */
final class ProviderRegistry {
    final Consumer<CatalogProblem> problems;
    final Map<ProductId, ProductScope> scopes = new LinkedHashMap<>();
    final Map<ProductId, String> conflicts = new LinkedHashMap<>();
    final List<Overlay> overlays = new ArrayList<>();
    /** The products of collections that no provider of their own serves, each made when first used. */
    final Map<ProductId, DeferredProduct> deferred = new LinkedHashMap<>();
    /** The products that providers of their own claim, served or in conflict. */
    private final Set<ProductId> owned = new HashSet<>();

    ProviderRegistry(Consumer<CatalogProblem> problems) {
        this.problems = problems;
    }

    static List<CatalogProvider> discover(ClassLoader loader, Consumer<CatalogProblem> problems) {
        return ProviderDiscovery.discover(loader, problems);
    }

    static List<ProductCollection> discoverCollections(ClassLoader loader, Consumer<CatalogProblem> problems) {
        return ProviderDiscovery.discover(ProductCollection.class, loader, problems);
    }

    /**
     * Lists the products of each collection, reading none of them. A product a provider of its own serves (registered
     * before) is that provider's; one two collections list is the first's, and the second is told.
     */
    void registerCollections(ProductScope common, Collection<ProductCollection> collections) {
        Set<ProductCollection> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ProductCollection c : collections) {
            if (c == null || !seen.add(c)) {
                continue;
            }
            String name = c.getClass().getName();
            List<ProductId> ids;
            try {
                ids = new ArrayList<>(c.products());
            } catch (Throwable e) {
                Throwables.rethrowIfFatal(e);
                reject(name, Optional.empty(), "products() threw " + Throwables.describe(e) + "; none of its products is served");
                continue;
            }
            for (ProductId id : ids) {
                if (id == null || id.equals(ProductId.COMMON)) {
                    reject(name, Optional.empty(), "products() lists " + (id == null ? "null" : "common, which is core's")
                            + "; left out");
                } else if (owned.contains(id)) {
                    continue; // its own provider serves it
                } else if (deferred.containsKey(id)) {
                    reject(name, Optional.of(id.value()), "also listed by " + deferred.get(id).collectionName
                            + ", which serves it");
                } else {
                    deferred.put(id, new DeferredProduct(this, id, c, name, source(c.getClass()), common));
                }
            }
        }
    }

    record Candidate(ProductId id, CatalogProvider provider, String name, Optional<String> source,
                             LocaleNegotiator locales, List<CodeDefinition> codes, int priority) {
        String described() {
            return source.isPresent() ? name + " from " + source.get() : name;
        }
    }

    void register(ProductScope common, Collection<CatalogProvider> providers) {
        scopes.put(common.id, common);
        Map<ProductId, List<CatalogProvider>> byId = new LinkedHashMap<>();
        Set<CatalogProvider> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> seenClassAndId = new HashSet<>();
        for (CatalogProvider p : providers) {
            // One instance given twice, or one class found twice for one product, is one provider; two instances of
            // one class, each configured for its own product, are two.
            if (p != null && seen.add(p)) {
                ProductId id = idOf(p);
                if (id != null && seenClassAndId.add(p.getClass().getName() + " " + id)) {
                    List<CatalogProvider> claims = byId.get(id);
                    if (claims == null) {
                        claims = new ArrayList<>();
                        byId.put(id, claims);
                    }
                    claims.add(p);
                }
            }
        }
        // Plain loops here rather than streams: this runs on the way to a program's first message.
        for (Map.Entry<ProductId, List<CatalogProvider>> claim : byId.entrySet()) {
            ProductId id = claim.getKey();
            owned.add(id);
            if (id.equals(common.id)) {
                for (CatalogProvider p : claim.getValue()) {
                    candidate(p); // refused, saying why: the id is core's
                }
                continue;
            }
            if (claim.getValue().size() == 1) {
                // the product's one provider: its codes and locales are read, and its rules checked, at first use
                CatalogProvider only = claim.getValue().get(0);
                deferred.put(id, new DeferredProduct(this, id, new DeferredProduct.OneProvider(id, only),
                        only.getClass().getName(), source(only.getClass()), common));
                continue;
            }
            List<Candidate> claims = new ArrayList<>();
            for (CatalogProvider p : claim.getValue()) {
                candidate(p).ifPresent(claims::add);
            }
            if (!claims.isEmpty()) {
                register(id, claims, common);
            }
        }
    }

    /** The product a provider names, or null when it names none, reported as registration reports it. */
    private ProductId idOf(CatalogProvider p) {
        try {
            ProductId id = p.product();
            if (id == null) {
                reject(p.getClass().getName(), Optional.empty(), "product() returned null");
            }
            return id;
        } catch (Throwable e) {
            Throwables.rethrowIfFatal(e);
            reject(p.getClass().getName(), Optional.empty(), "the provider threw " + Throwables.describe(e));
            return null;
        }
    }

    /**
     * Providers of one product are layers by priority; two of the same standing are a conflict. One below 0 and below
     * another is refused: laid under the product, it would be the base the product's own module is laid on, whose
     * locales, provenance and advice the product would then take.
     */
    private void register(ProductId id, List<Candidate> claims, ProductScope common) {
        int top = Integer.MIN_VALUE;
        for (Candidate c : claims) {
            top = Math.max(top, c.priority);
        }
        TreeMap<Integer, List<Candidate>> byPriority = new TreeMap<>();
        List<Candidate> under = new ArrayList<>();
        for (Candidate c : claims) {
            if (c.priority < 0 && c.priority < top) {
                under.add(c);
                continue;
            }
            List<Candidate> same = byPriority.get(c.priority);
            if (same == null) {
                same = new ArrayList<>();
                byPriority.put(c.priority, same);
            }
            same.add(c);
        }
        Candidate lowest = byPriority.firstEntry().getValue().get(0);
        for (Candidate c : under) {
            problems.accept(new CatalogProblem(Optional.of(id.value()), c.name, Optional.empty(), Optional.empty(),
                    "its priority " + c.priority + " is below that of " + lowest.described() + " (priority " + lowest.priority
                            + "): a provider below 0 is never laid under another provider of its product, so none of it is used"));
        }
        for (List<Candidate> tied : byPriority.values()) {
            if (tied.size() > 1) {
                StringBuilder who = new StringBuilder();
                for (Candidate c : tied) {
                    who.append(who.length() == 0 ? "" : " and ").append(c.described());
                }
                String why = "claimed by " + tied.size() + " providers of priority " + tied.get(0).priority + ": " + who;
                conflicts.put(id, why);
                for (List<Candidate> standing : byPriority.values()) {
                    for (Candidate c : standing) {
                        problems.accept(new CatalogProblem(Optional.of(id.value()), c.name, Optional.empty(),
                                Optional.empty(), "product id " + id + " is " + why + "; none of them is used"));
                    }
                }
                return;
            }
        }
        List<Candidate> layers = new ArrayList<>();
        for (List<Candidate> l : byPriority.values()) {
            layers.add(l.get(0));
        }
        Candidate base = layers.get(0);
        List<ProductScope> overlaid = new ArrayList<>();
        Set<ErrorCode> below = new HashSet<>();
        for (CodeDefinition d : base.codes) {
            below.add(d.code());
        }
        for (int i = 1; i < layers.size(); i++) {
            Candidate o = layers.get(i);
            overlaid.add(scope(o, null, List.of()));
            List<ErrorCode> reworded = new ArrayList<>();
            List<ErrorCode> added = new ArrayList<>();
            for (CodeDefinition d : o.codes) {
                (below.contains(d.code()) ? reworded : added).add(d.code());
            }
            below.addAll(added);
            overlays.add(new Overlay(id, o.name, o.priority, layers.get(i - 1).name, reworded, added));
        }
        scopes.put(id, scope(base, common, overlaid));
    }

    ProductScope scope(Candidate c, ProductScope common, List<ProductScope> overlays) {
        return new ProductScope(c.id, c.provider, c.name, c.source, c.codes, c.locales, common, overlays, problems);
    }

    /** Reads everything the registry needs from a provider, or reports why it cannot be used. */
    Optional<Candidate> candidate(CatalogProvider p) {
        String name = p.getClass().getName();
        Optional<String> source = source(p.getClass());
        Optional<String> product = Optional.empty();
        try {
            ProductId id = p.product();
            if (id == null) {
                return reject(name, product, "product() returned null");
            }
            product = Optional.of(id.value());
            List<Locale> locales = List.copyOf(p.locales());
            List<CodeDefinition> codes = new ArrayList<>(p.codes()); // the rules report a null code; List.copyOf would throw
            for (int i = 0; i < codes.size(); i++) {
                codes.set(i, readOnce(codes.get(i)));
            }
            int priority = p.priority();
            List<ProviderRules.Violation> broken = ProviderRules.ofDeclarations(id, locales, codes);
            if (!broken.isEmpty()) {
                return reject(name, product, "it is not usable, so none of it is registered: "
                        + broken.stream().map(ProviderRules.Violation::toString).collect(Collectors.joining("; ")));
            }
            codes = List.copyOf(codes);
            // made here, so that whatever the locales given make of it is this provider's problem
            LocaleNegotiator negotiator = LocaleNegotiator.of(locales, locales.contains(Locale.ENGLISH) ? Locale.ENGLISH : locales.get(0));
            return Optional.of(new Candidate(id, p, name, source, negotiator, codes, priority));
        } catch (Throwable e) { // an Error too: a provider's fault is its own, whatever it throws
            Throwables.rethrowIfFatal(e);
            return reject(name, product, "the provider threw " + Throwables.describe(e));
        }
    }

    /**
     * A definition as a value of core's, its methods each called once: a provider's own definition could answer
     * differently, or throw, when asked again at a lookup. One lacking a part is kept as it is, for the rules to report.
     */
    private static CodeDefinition readOnce(CodeDefinition d) {
        if (d == null || d instanceof DefinedCode) {
            return d;
        }
        ProductId product = d.product();
        ErrorCode code = d.code();
        CodeMetadata metadata = d.metadata();
        return product == null || code == null || metadata == null ? d : new DefinedCode(product, code, metadata);
    }

    Optional<Candidate> reject(String name, Optional<String> product, String why) {
        problems.accept(new CatalogProblem(product, name, Optional.empty(), Optional.empty(), why));
        return Optional.empty();
    }

    static Optional<String> source(Class<?> type) {
        try {
            CodeSource cs = type.getProtectionDomain().getCodeSource();
            return cs == null || cs.getLocation() == null ? Optional.empty() : Optional.of(cs.getLocation().toString());
        } catch (SecurityException e) {
            return Optional.empty();
        }
    }
}
