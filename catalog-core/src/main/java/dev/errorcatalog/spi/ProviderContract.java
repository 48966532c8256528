package dev.errorcatalog.spi;

import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.i18n.BundleProblem;
import dev.errorcatalog.i18n.BundleVerifier;
import dev.errorcatalog.i18n.VerificationReport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a product module must hold, checked from its own tests (any framework):
 * <pre>{@code
 * ProviderContract.verify(new VodCatalogProvider()).assertClean();
 * }</pre>
 * The provider class is public and final with a public no-argument constructor and is listed in
 * {@code META-INF/services}; the product id is not {@code common}; it ships at least one locale; every code
 * belongs to the product, is declared once and, for an enum, is named after its code
 * ({@link dev.errorcatalog.ErrorCode#constantName()}); and the bundles pass {@link BundleVerifier} against the
 * codes, both ways. Problems about the provider itself name the provider class where a file would be named.
 */
public final class ProviderContract {
    private static final String SERVICE_FILE = "META-INF/services/" + CatalogProvider.class.getName();

    private ProviderContract() {
    }

    /** Checks the provider and its bundles; a product module's test asserts the report is clean. */
    public static VerificationReport verify(CatalogProvider provider) {
        Class<?> type = provider.getClass();
        ProductId id = provider.product();
        List<BundleProblem> problems = new ArrayList<>();
        Problems p = new Problems(id.value(), type.getName(), problems);

        if (!Modifier.isPublic(type.getModifiers()) || !Modifier.isFinal(type.getModifiers())) {
            p.add(Optional.empty(), "the provider class must be public and final");
        }
        try {
            if (!Modifier.isPublic(type.getConstructor().getModifiers())) {
                p.add(Optional.empty(), "the no-argument constructor must be public");
            }
        } catch (NoSuchMethodException e) {
            p.add(Optional.empty(), "the provider class has no public no-argument constructor, so ServiceLoader cannot create it");
        }
        if (!listedInServiceFile(type)) {
            p.add(Optional.empty(), "not listed in " + SERVICE_FILE + ", so ServiceLoader will not find it");
        }
        if (id.isCommon()) {
            p.add(Optional.empty(), "the product id 'common' is reserved for the common codes in core");
        }
        List<Locale> locales = provider.locales();
        if (locales.isEmpty()) {
            p.add(Optional.empty(), "ships no locale at all");
        }

        List<String> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CodeDefinition d : provider.codes()) {
            String code = d.code().value();
            keys.add(code);
            if (!seen.add(code)) {
                p.add(Optional.of(code), "declared more than once");
            }
            if (!id.equals(d.product())) {
                p.add(Optional.of(code), "says it belongs to product " + d.product() + ", not " + id);
            }
            if (d instanceof Enum<?> constant && !constant.name().equals(d.code().constantName())) {
                p.add(Optional.of(code), "its constant is named " + constant.name() + " but should be " + d.code().constantName());
            }
        }
        if (keys.isEmpty()) {
            p.add(Optional.empty(), "declares no codes");
        }

        BundleVerifier bundles = BundleVerifier.of(id.value(), keys);
        for (Locale locale : locales) {
            bundles.bundle(locale, provider.bundlePath(locale), () -> provider.openBundle(locale));
        }
        problems.addAll(bundles.verify().problems());
        return new VerificationReport(id.value(), problems);
    }

    private record Problems(String owner, String providerClass, List<BundleProblem> sink) {
        void add(Optional<String> key, String description) {
            sink.add(new BundleProblem(owner, Locale.ROOT, providerClass, key, description));
        }
    }

    private static boolean listedInServiceFile(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        try {
            for (URL url : Collections.list(loader.getResources(SERVICE_FILE))) {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                    if (r.lines().map(l -> l.replaceAll("#.*", "").strip()).anyMatch(type.getName()::equals)) {
                        return true;
                    }
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
