package dev.errorcatalog.testkit;

import dev.errorcatalog.i18n.verify.VerificationReport;
import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.i18n.BundleProblem;
import dev.errorcatalog.i18n.internal.ServiceFiles;
import dev.errorcatalog.i18n.verify.BundleVerifier;
import dev.errorcatalog.internal.ProviderBundles;
import dev.errorcatalog.internal.Throwables;
import dev.errorcatalog.spi.CatalogProvider;
import dev.errorcatalog.spi.ProductCollection;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.spi.ProviderRules;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Everything a product module must hold, checked from its own tests (any framework):
 * <pre>{@code
 * ProviderContract.verify(new VodCatalogProvider()).assertClean();
 * }</pre>
 * Every rule of {@link ProviderRules} (the class, the declarations, the constants' names); the provider is declared
 * as a service, in {@code META-INF/services} or by a {@code provides} in the module's {@code module-info}; and
 * the bundles pass {@link BundleVerifier} against the codes, both ways. Problems about the provider itself name the
 * provider class where a file would be named.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class ProviderContract {
    private static final String SERVICE_FILE = "META-INF/services/" + CatalogProvider.class.getName();

    private ProviderContract() {
    }

    /**
     * Checks the provider and its bundles; a product module's test asserts the report is clean. Whatever the provider
     * throws (an {@link Error} too, but what the JVM cannot carry on after) is a problem in the report, in the words
     * the catalog reports it in, never thrown.
     */
    public static VerificationReport verify(CatalogProvider provider) {
        Class<?> type = provider.getClass();
        List<ProviderRules.Violation> broken = new ArrayList<>(ProviderRules.ofClass(type));
        if (!declaredAsService(type)) {
            broken.add(new ProviderRules.Violation(Optional.empty(), "not listed in " + SERVICE_FILE
                    + " nor provided by a module-info, so ServiceLoader will not find it"));
        }
        ProductId id;
        try {
            id = provider.product();
        } catch (Throwable e) { // as registration words it; the report is then the class's, its product unknown
            Throwables.rethrowIfFatal(e);
            broken.add(new ProviderRules.Violation(Optional.empty(), "the provider threw " + Throwables.describe(e)));
            return report(type.getName(), type, broken, List.of());
        }
        if (id == null) {
            broken.add(new ProviderRules.Violation(Optional.empty(), "product() returned null"));
            return report(type.getName(), type, broken, List.of());
        }
        List<BundleProblem> bundleProblems = new ArrayList<>();
        product(provider, type, id, broken, bundleProblems);
        return report(id.value(), type, broken, bundleProblems);
    }

    /**
     * Checks a collection of products the way {@link #verify(CatalogProvider)} checks one: the collection is declared
     * as a service, and each product's provider (as {@code provider(id)} makes it) keeps the rules and has sound bundles,
     * each bundle holding exactly the codes its provider says it words ({@code hasText}). Reads every product; a
     * module's test asserts the report is clean.
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public static VerificationReport verify(ProductCollection collection) {
        Class<?> type = collection.getClass();
        String owner = type.getName();
        List<ProviderRules.Violation> broken = new ArrayList<>();
        if (!declaredAsService(type, ProductCollection.class)) {
            broken.add(new ProviderRules.Violation(Optional.empty(), "not listed in META-INF/services/"
                    + ProductCollection.class.getName() + " nor provided by a module-info, so ServiceLoader will not find it"));
        }
        List<BundleProblem> problems = new ArrayList<>();
        List<ProductId> ids;
        try {
            ids = List.copyOf(collection.products());
        } catch (Throwable e) {
            Throwables.rethrowIfFatal(e);
            broken.add(new ProviderRules.Violation(Optional.empty(), "products() threw " + Throwables.describe(e)));
            return report(owner, type, broken, problems);
        }
        for (ProductId id : ids) {
            List<ProviderRules.Violation> its = new ArrayList<>();
            CatalogProvider provider = null;
            try {
                provider = collection.provider(id);
            } catch (Throwable e) {
                Throwables.rethrowIfFatal(e);
                its.add(new ProviderRules.Violation(Optional.empty(), "provider(" + id + ") threw " + Throwables.describe(e)));
            }
            if (provider == null && its.isEmpty()) {
                its.add(new ProviderRules.Violation(Optional.empty(), "provider(" + id + ") returned null"));
            } else if (provider != null) {
                product(provider, type, id, its, problems);
            }
            its.forEach(v -> problems.add(new BundleProblem(id.value(), Locale.ROOT, owner, v.code(), v.description())));
        }
        return report(owner, type, broken, problems);
    }

    /** One product's declarations and bundles, its provider's faults reported as the catalog words them. */
    private static void product(CatalogProvider provider, Class<?> type, ProductId id, List<ProviderRules.Violation> broken,
                                List<BundleProblem> bundleProblems) {
        try {
            ProductId declared = provider.product();
            if (!id.equals(declared)) {
                broken.add(new ProviderRules.Violation(Optional.empty(), "provider(" + id + ") gave a provider of " + declared));
                return;
            }
            List<Locale> locales = List.copyOf(provider.locales());
            List<CodeDefinition> codes = new ArrayList<>(provider.codes());
            broken.addAll(ProviderRules.ofDeclarations(id, locales, codes));
            broken.addAll(ProviderRules.ofConstantNames(codes));
            List<ErrorCode> keys = codes.stream().filter(d -> d != null && d.code() != null).map(CodeDefinition::code).toList();
            bundles(provider, type, id, locales, keys, bundleProblems);
        } catch (Throwable e) {
            Throwables.rethrowIfFatal(e);
            broken.add(new ProviderRules.Violation(Optional.empty(), "the provider threw " + Throwables.describe(e)));
        }
    }

    /** The provider's side of each bundle is read as the catalog reads it, its faults reported in the same words. */
    private static void bundles(CatalogProvider provider, Class<?> type, ProductId id, List<Locale> locales,
                                List<ErrorCode> codes, List<BundleProblem> problems) {
        BundleVerifier bundles = BundleVerifier.of(id.value(), codes.stream().map(ErrorCode::value).toList());
        boolean any = false;
        for (Locale locale : locales) {
            ProviderBundles.Bundle given = ProviderBundles.read(provider, id, locale);
            for (ProviderBundles.Problem p : given.problems()) {
                problems.add(new BundleProblem(id.value(), locale, p.file().orElse(type.getName()), Optional.empty(), p.description()));
            }
            if (given.content().isPresent()) {
                List<String> worded = new ArrayList<>();
                for (ErrorCode c : codes) {
                    if (provider.hasText(c, locale)) {
                        worded.add(c.value());
                    }
                }
                if (worded.size() == codes.size()) {
                    bundles.bundle(locale, given.path(), given::content);
                } else {
                    bundles.bundle(locale, given.path(), given::content, worded);
                }
                any = true;
            }
        }
        if (any) { // with none to read (no locale, or none could be had) what is wrong is reported above
            problems.addAll(bundles.verify().problems());
        }
    }

    /** The broken rules first, naming the provider class where a file would be named, then the bundles' problems. */
    private static VerificationReport report(String owner, Class<?> type, List<ProviderRules.Violation> broken,
                                             List<BundleProblem> bundleProblems) {
        List<BundleProblem> problems = new ArrayList<>();
        broken.forEach(v -> problems.add(new BundleProblem(owner, Locale.ROOT, type.getName(), v.code(), v.description())));
        problems.addAll(bundleProblems);
        return new VerificationReport(owner, problems);
    }

    /** Listed in a service file, or provided by a module descriptor, that the provider's class loader sees. */
    static boolean declaredAsService(Class<?> type) {
        return declaredAsService(type, CatalogProvider.class);
    }

    static boolean declaredAsService(Class<?> type, Class<?> service) {
        if (type.getModule().isNamed() && type.getModule().getDescriptor().provides().stream()
                .anyMatch(p -> p.service().equals(service.getName()) && p.providers().contains(type.getName()))) {
            return true;
        }
        ClassLoader loader = type.getClassLoader();
        try {
            if (ServiceFiles.listed(loader, service.getName()).contains(type.getName())) {
                return true;
            }
            // on the class path a module's descriptor is not in force, but it is there to read
            for (URL url : Collections.list(loader.getResources("module-info.class"))) {
                if (provides(url, type, service)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static boolean provides(URL descriptor, Class<?> type, Class<?> service) {
        try (InputStream in = descriptor.openStream()) {
            return ModuleDescriptor.read(in).provides().stream().anyMatch(p -> p.service().equals(
                    service.getName()) && p.providers().contains(type.getName()));
        } catch (IOException | RuntimeException e) { // another module's unreadable descriptor says nothing of this one
            return false;
        }
    }
}
