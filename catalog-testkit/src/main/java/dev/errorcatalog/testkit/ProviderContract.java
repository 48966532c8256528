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
        try {
            List<Locale> locales = List.copyOf(provider.locales());
            List<CodeDefinition> codes = new ArrayList<>(provider.codes());
            broken.addAll(ProviderRules.ofDeclarations(id, locales, codes));
            broken.addAll(ProviderRules.ofConstantNames(codes));
            List<String> keys = codes.stream().filter(d -> d != null && d.code() != null).map(d -> d.code().value()).toList();
            bundles(provider, type, id, locales, keys, bundleProblems);
        } catch (Throwable e) {
            Throwables.rethrowIfFatal(e);
            broken.add(new ProviderRules.Violation(Optional.empty(), "the provider threw " + Throwables.describe(e)));
        }
        return report(id.value(), type, broken, bundleProblems);
    }

    /** The provider's side of each bundle is read as the catalog reads it, its faults reported in the same words. */
    private static void bundles(CatalogProvider provider, Class<?> type, ProductId id, List<Locale> locales,
                                List<String> keys, List<BundleProblem> problems) {
        BundleVerifier bundles = BundleVerifier.of(id.value(), keys);
        boolean any = false;
        for (Locale locale : locales) {
            ProviderBundles.Bundle given = ProviderBundles.read(provider, id, locale);
            for (ProviderBundles.Problem p : given.problems()) {
                problems.add(new BundleProblem(id.value(), locale, p.file().orElse(type.getName()), Optional.empty(), p.description()));
            }
            if (given.content().isPresent()) {
                bundles.bundle(locale, given.path(), given::content);
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
        if (type.getModule().isNamed() && type.getModule().getDescriptor().provides().stream()
                .anyMatch(p -> p.service().equals(CatalogProvider.class.getName()) && p.providers().contains(type.getName()))) {
            return true;
        }
        ClassLoader loader = type.getClassLoader();
        try {
            if (ServiceFiles.listed(loader, CatalogProvider.class.getName()).contains(type.getName())) {
                return true;
            }
            // on the class path a module's descriptor is not in force, but it is there to read
            for (URL url : Collections.list(loader.getResources("module-info.class"))) {
                if (provides(url, type)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static boolean provides(URL descriptor, Class<?> type) {
        try (InputStream in = descriptor.openStream()) {
            return ModuleDescriptor.read(in).provides().stream().anyMatch(p -> p.service().equals(
                    CatalogProvider.class.getName()) && p.providers().contains(type.getName()));
        } catch (IOException | RuntimeException e) { // another module's unreadable descriptor says nothing of this one
            return false;
        }
    }
}
