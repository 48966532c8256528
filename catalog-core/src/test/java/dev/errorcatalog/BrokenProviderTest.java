package dev.errorcatalog;

import dev.errorcatalog.demo.DemoCatalogProvider;
import dev.errorcatalog.faulty.ErrorInLocalesProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Provider classes that cannot be loaded (built for a newer Java, truncated, a missing superclass or dependency),
 * providers that throw Errors, and bundles whose path or stream fails: each is a problem naming the provider, and
 * the rest of the catalog works.
 */
class BrokenProviderTest {
    private static final String FAULTY = "dev.errorcatalog.faulty.";

    /**
     * Defines the classes of the faulty package itself, from the test's class files as they are or damaged, refuses
     * the ones meant to be missing, and leaves every other class to its parent.
     */
    static final class BreakingLoader extends URLClassLoader {
        private final Set<String> absent;

        BreakingLoader(Path dir, Set<String> absent) throws MalformedURLException {
            super(new URL[]{dir.toUri().toURL()}, BrokenProviderTest.class.getClassLoader());
            this.absent = absent;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(FAULTY)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> done = findLoadedClass(name);
                if (done != null) {
                    return done;
                }
                if (absent.contains(name)) {
                    throw new ClassNotFoundException(name);
                }
                byte[] bytes = classFile(name);
                if (name.endsWith("NewerJavaProvider")) {
                    bytes[6] = 0;
                    bytes[7] = 99; // class file version 99: a Java far newer than this one
                } else if (name.endsWith("TruncatedProvider")) {
                    bytes = Arrays.copyOf(bytes, bytes.length / 2);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        }

        private static byte[] classFile(String name) throws ClassNotFoundException {
            try (InputStream in = BrokenProviderTest.class.getClassLoader().getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static ErrorCatalog discover(Path dir, List<String> serviceLines) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.write(services.resolve("dev.errorcatalog.spi.CatalogProvider"), serviceLines);
        ClassLoader loader = new BreakingLoader(dir, Set.of(FAULTY + "AbsentBase", FAULTY + "AbsentHelper"));
        return ErrorCatalog.builder().discover(loader).build();
    }

    private static CatalogProblem onlyProblemOf(ErrorCatalog catalog, String providerClass) {
        List<CatalogProblem> found = catalog.problems().stream().filter(p -> p.providerClass().equals(providerClass)).toList();
        assertEquals(1, found.size(), () -> providerClass + " in " + catalog.problems());
        return found.get(0);
    }

    @Test
    void classesThatCannotBeLoadedAreEachReportedByNameAndTheRestWorks(@TempDir Path dir) throws IOException {
        List<String> broken = List.of("NewerJavaProvider", "TruncatedProvider", "MissingSuperProvider",
                "MissingDependencyProvider", "NotASubtypeProvider", "ErrorInLocalesProvider");
        List<String> lines = new java.util.ArrayList<>(broken.stream().map(n -> FAULTY + n).toList());
        lines.add(DemoCatalogProvider.class.getName());
        ErrorCatalog catalog = discover(dir, lines);

        assertEquals("操作失败：演示繁忙。", catalog.resolve("demo", "FailedOperation.DemoBusy", Locale.SIMPLIFIED_CHINESE).message());
        // a class that loads names its product, which is listed and read at first use (ErrorInLocalesProvider's then fails)
        assertEquals(Set.of("common", "demo", "errorlocales"), catalog.products().stream().map(ProductId::value).collect(Collectors.toSet()));
        catalog.loadAll();
        for (String name : broken) {
            onlyProblemOf(catalog, FAULTY + name);
        }
        assertTrue(onlyProblemOf(catalog, FAULTY + "NewerJavaProvider").description().contains("UnsupportedClassVersionError"),
                catalog.problems().toString());
        assertTrue(onlyProblemOf(catalog, FAULTY + "TruncatedProvider").description().contains("ClassFormatError"),
                catalog.problems().toString());
        assertTrue(onlyProblemOf(catalog, FAULTY + "MissingSuperProvider").description().contains("AbsentBase"),
                catalog.problems().toString());
        CatalogProblem dependency = onlyProblemOf(catalog, FAULTY + "MissingDependencyProvider");
        assertTrue(dependency.description().contains("NoClassDefFoundError") && dependency.description().contains("AbsentHelper"),
                dependency.description());
        assertTrue(onlyProblemOf(catalog, FAULTY + "NotASubtypeProvider").description().contains("not a"),
                catalog.problems().toString());
        assertTrue(onlyProblemOf(catalog, FAULTY + "ErrorInLocalesProvider").description().contains("locales() failed on purpose"),
                catalog.problems().toString());
        assertTrue(catalog.problems().stream().noneMatch(p -> p.providerClass().equals("not")), catalog.problems().toString());
    }

    @Test
    void discoveryThatStopsAfterTenThousandBadLinesSaysSo(@TempDir Path dir) throws IOException {
        List<String> lines = new java.util.ArrayList<>(List.of(DemoCatalogProvider.class.getName()));
        IntStream.range(0, 10_050).forEach(i -> lines.add("dev.errorcatalog.faulty.Missing" + i));
        lines.add("dev.errorcatalog.faulty.AfterTheLimit");
        ErrorCatalog catalog = discover(dir, lines);
        assertTrue(catalog.products().contains(ProductId.of("demo")));
        assertTrue(catalog.problems().stream().anyMatch(p -> p.description().contains("stopped after 10000")),
                catalog.problems().stream().filter(p -> !p.providerClass().contains("Missing")).toList().toString());
        assertTrue(catalog.problems().stream().noneMatch(p -> p.providerClass().contains("AfterTheLimit")));
    }

    @Test
    void aServiceFileReadWholeIsUsedWhenItsStreamFailsToClose() throws IOException {
        byte[] lines = (DemoCatalogProvider.class.getName() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.net.URLStreamHandler closeFails = new java.net.URLStreamHandler() {
            @Override
            protected java.net.URLConnection openConnection(URL u) {
                return new java.net.URLConnection(u) {
                    @Override
                    public void connect() {
                    }

                    @Override
                    public InputStream getInputStream() {
                        return new java.io.FilterInputStream(new java.io.ByteArrayInputStream(lines)) {
                            @Override
                            public void close() throws IOException {
                                throw new IOException("close failed on purpose");
                            }
                        };
                    }
                };
            }
        };
        URL services = new URL(null, "test:services", closeFails);
        ClassLoader loader = new ClassLoader(BrokenProviderTest.class.getClassLoader()) {
            @Override
            public java.util.Enumeration<URL> getResources(String name) throws IOException {
                return name.equals("META-INF/services/dev.errorcatalog.spi.CatalogProvider")
                        ? java.util.Collections.enumeration(List.of(services)) : super.getResources(name);
            }
        };
        ErrorCatalog catalog = ErrorCatalog.builder().discover(loader).build();
        assertTrue(catalog.products().contains(ProductId.of("demo")), catalog.problems().toString());
        assertEquals(List.of(), catalog.problems());
    }

    @Test
    void aBadServiceLineNamesNoClassItDoesNotKnow(@TempDir Path dir) throws IOException {
        ErrorCatalog catalog = discover(dir, List.of("not a class name", DemoCatalogProvider.class.getName()));
        assertTrue(catalog.products().contains(ProductId.of("demo")));
        assertTrue(catalog.problems().stream().anyMatch(p -> p.description().contains("'not a class name'")), catalog.problems().toString());
        assertTrue(catalog.problems().stream().noneMatch(p -> p.providerClass().equals("not") || p.providerClass().equals("a")),
                catalog.problems().toString());
    }

    private static ScriptedProvider good(String id) {
        return new ScriptedProvider(id, Map.of(Locale.ENGLISH, "{\"FailedOperation.Works\": \"Works.\"}"), "FailedOperation.Works");
    }

    @Test
    void errorsFromProductLocalesAndCodesAreReported() {
        ScriptedProvider product = good("p1");
        product.product = () -> {
            throw new AssertionError("product() failed");
        };
        ScriptedProvider locales = good("p2");
        locales.locales = () -> {
            throw new ExceptionInInitializerError("locales() failed");
        };
        ScriptedProvider codes = good("p3");
        codes.codes = () -> {
            throw new NoClassDefFoundError("codes() failed");
        };
        ErrorCatalog catalog = ErrorCatalog.builder().provider(product).provider(locales).provider(codes)
                .provider(new ErrorInLocalesProvider()).provider(good("fine")).build();
        catalog.loadAll(); // a product's one provider is read at first use
        assertEquals("Works.", catalog.resolve("fine", "FailedOperation.Works", Locale.ENGLISH).message());
        for (String needle : List.of("product() failed", "locales() failed", "codes() failed", "locales() failed on purpose")) {
            assertTrue(catalog.problems().stream().anyMatch(p -> p.description().contains(needle)
                    && p.providerClass().startsWith("dev.errorcatalog.")), needle + " in " + catalog.problems());
        }
    }

    @Test
    void aBundlePathThatThrowsOrIsNullAndAnOpenBundleThatThrowsAnErrorAreReported() {
        ScriptedProvider throwingPath = good("paththrows");
        throwingPath.bundlePath = l -> {
            throw new IllegalStateException("bundlePath failed");
        };
        ScriptedProvider nullPath = good("pathnull");
        nullPath.bundlePath = l -> null;
        ScriptedProvider errorOpen = good("openerror");
        errorOpen.openBundle = l -> {
            throw new NoClassDefFoundError("openBundle failed");
        };
        ErrorCatalog catalog = ErrorCatalog.builder().provider(throwingPath).provider(nullPath).provider(errorOpen).build();
        for (String id : List.of("paththrows", "pathnull")) {
            assertEquals("Works.", catalog.product(id).resolve("FailedOperation.Works", Locale.ENGLISH).message(),
                    id + ": the path only names the bundle; opening it still works");
        }
        Resolution r = catalog.resolve("openerror", "FailedOperation.Works", Locale.ENGLISH);
        assertEquals(MatchKind.COMMON_PARENT, r.kind(), "the common parent still answers");
        for (String needle : List.of("bundlePath failed", "returned null", "openBundle failed")) {
            assertTrue(catalog.problems().stream().anyMatch(p -> p.description().contains(needle)
                    && p.providerClass().equals(ScriptedProvider.class.getName())), needle + " in " + catalog.problems());
        }
        assertFalse(catalog.loadAll().isEmpty());
    }

    @Test
    void twoInstancesOfOneProviderClassEachForItsOwnProductBothRegister() {
        ErrorCatalog catalog = ErrorCatalog.builder().provider(good("first")).provider(good("second")).build();
        assertEquals("Works.", catalog.resolve("first", "FailedOperation.Works", Locale.ENGLISH).message());
        assertEquals("Works.", catalog.resolve("second", "FailedOperation.Works", Locale.ENGLISH).message());
        assertEquals(List.of(), catalog.problems());
    }

    @Test
    void oneInstanceGivenTwiceIsRegisteredOnce() {
        ScriptedProvider once = good("once");
        ErrorCatalog catalog = ErrorCatalog.builder().provider(once).provider(once).build();
        assertEquals("Works.", catalog.resolve("once", "FailedOperation.Works", Locale.ENGLISH).message());
        assertEquals(Optional.empty(), catalog.problems().stream().findAny());
    }
}
