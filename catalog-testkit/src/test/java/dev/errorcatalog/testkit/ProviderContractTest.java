package dev.errorcatalog.testkit;

import dev.errorcatalog.i18n.verify.VerificationReport;
import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.spi.CatalogProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderContractTest {
    private static final String NOT_FOUND = "ServiceLoader will not find it";

    /** Keeps every rule but is declared as a service nowhere. */
    public static final class Undeclared implements CatalogProvider {
        @Override
        public ProductId product() {
            return ProductId.of("solo");
        }

        @Override
        public List<Locale> locales() {
            return List.of(Locale.ENGLISH);
        }

        @Override
        public Collection<? extends CodeDefinition> codes() {
            return List.of(CodeDefinition.of("solo", "FailedOperation.Solo", CodeMetadata.NONE));
        }

        @Override
        public String bundlePath(Locale locale) {
            return "contract/solo/" + locale.toLanguageTag() + ".json";
        }
    }

    /** Breaks a declaration rule: a code of another product. */
    public static final class Foreign implements CatalogProvider {
        @Override
        public ProductId product() {
            return ProductId.of("solo");
        }

        @Override
        public List<Locale> locales() {
            return List.of(Locale.ENGLISH);
        }

        @Override
        public Collection<? extends CodeDefinition> codes() {
            return List.of(CodeDefinition.of("other", "FailedOperation.Solo", CodeMetadata.NONE));
        }

        @Override
        public String bundlePath(Locale locale) {
            return "contract/solo/" + locale.toLanguageTag() + ".json";
        }
    }

    /** Keeps every rule and has a sound English bundle, in memory; the subclasses each break one way of reaching it. */
    abstract static class Solo implements CatalogProvider {
        @Override
        public ProductId product() {
            return ProductId.of("solo");
        }

        @Override
        public List<Locale> locales() {
            return List.of(Locale.ENGLISH);
        }

        @Override
        public Collection<? extends CodeDefinition> codes() {
            return List.of(CodeDefinition.of("solo", "FailedOperation.Solo", CodeMetadata.NONE));
        }

        @Override
        public String bundlePath(Locale locale) {
            return "contract/solo/" + locale.toLanguageTag() + ".json";
        }

        @Override
        public Optional<InputStream> openBundle(Locale locale) throws IOException {
            return Optional.of(new ByteArrayInputStream("{\"FailedOperation.Solo\": \"Operation failed: solo.\"}"
                    .getBytes(StandardCharsets.UTF_8)));
        }
    }

    public static final class PathThrows extends Solo {
        @Override
        public String bundlePath(Locale locale) {
            throw new IllegalStateException("bundlePath failed on purpose", new IOException("disk gone"));
        }
    }

    public static final class PathNull extends Solo {
        @Override
        public String bundlePath(Locale locale) {
            return null;
        }
    }

    public static final class PathLinkageError extends Solo {
        @Override
        public String bundlePath(Locale locale) {
            throw new NoClassDefFoundError("bundlePath linked on purpose to nothing");
        }
    }

    public static final class OpenThrows extends Solo {
        @Override
        public Optional<InputStream> openBundle(Locale locale) {
            throw new IllegalStateException("openBundle failed on purpose");
        }
    }

    public static final class OpenLinkageError extends Solo {
        @Override
        public Optional<InputStream> openBundle(Locale locale) {
            throw new NoClassDefFoundError("openBundle linked on purpose to nothing");
        }
    }

    public static final class ReadThrows extends Solo {
        @Override
        public Optional<InputStream> openBundle(Locale locale) {
            return Optional.of(new InputStream() {
                @Override
                public int read() {
                    throw new UncheckedIOException(new IOException("read failed on purpose"));
                }
            });
        }
    }

    public static final class Missing extends Solo {
        @Override
        public Optional<InputStream> openBundle(Locale locale) {
            return Optional.empty();
        }
    }

    public static final class NoLocale extends Solo {
        @Override
        public List<Locale> locales() {
            return List.of();
        }
    }

    public static final class LocalesThrow extends Solo {
        @Override
        public List<Locale> locales() {
            throw new IllegalStateException("locales failed on purpose");
        }
    }

    public static final class ProductThrowsAnError extends Solo {
        @Override
        public ProductId product() {
            throw new NoClassDefFoundError("product linked on purpose to nothing");
        }
    }

    /**
     * The contract reports what the catalog reports of the same provider, in the same words (a problem the catalog
     * files under no file names the provider class in the report), and does not throw. Returns the contract's
     * problems but the one of its service declaration (these classes are declared nowhere).
     */
    private static List<String> assertReportedAsTheCatalogDoes(CatalogProvider provider, String needle) {
        VerificationReport report = assertDoesNotThrow(() -> ProviderContract.verify(provider));
        List<String> contract = report.problems().stream().filter(p -> !p.description().contains(NOT_FOUND))
                .map(p -> p.file() + ": " + p.description()).toList();
        String type = provider.getClass().getName();
        List<String> runtime = ErrorCatalog.builder().provider(provider).build().loadAll().stream()
                .filter(p -> p.providerClass().equals(type))
                .map(p -> p.file().orElse(type) + ": " + p.description()).toList();
        assertTrue(contract.stream().anyMatch(c -> c.contains(needle)), contract.toString());
        // the catalog says more of a product left without text ("no usable text in en"); what the contract says, it says
        assertTrue(runtime.containsAll(contract), "the catalog's " + runtime + " holds the contract's " + contract);
        return contract;
    }

    @Test
    void aBundlePathThatThrowsIsAProblemNamingTheProviderClass() {
        List<String> found = assertReportedAsTheCatalogDoes(new PathThrows(), "bundlePath failed on purpose");
        assertEquals(List.of(PathThrows.class.getName() + ": bundlePath(en) threw java.lang.IllegalStateException:"
                + " bundlePath failed on purpose; caused by java.io.IOException: disk gone"), found);
    }

    @Test
    void aBundlePathThatIsNullIsAProblemNamingTheProviderClass() {
        List<String> found = assertReportedAsTheCatalogDoes(new PathNull(), "returned null");
        assertEquals(List.of(PathNull.class.getName() + ": bundlePath(en) returned null"), found);
    }

    @Test
    void aBundlePathThatThrowsAnErrorIsAProblem() {
        assertReportedAsTheCatalogDoes(new PathLinkageError(), "java.lang.NoClassDefFoundError: bundlePath linked on purpose");
    }

    @Test
    void anOpenBundleThatThrowsIsAProblemNamingTheBundle() {
        List<String> found = assertReportedAsTheCatalogDoes(new OpenThrows(), "openBundle failed on purpose");
        assertEquals(List.of("contract/solo/en.json: the bundle cannot be read: java.lang.IllegalStateException:"
                + " openBundle failed on purpose"), found);
    }

    @Test
    void anOpenBundleThatThrowsAnErrorIsAProblem() {
        assertReportedAsTheCatalogDoes(new OpenLinkageError(), "java.lang.NoClassDefFoundError: openBundle linked on purpose");
    }

    @Test
    void aBundleWhoseStreamFailsIsAProblem() {
        assertReportedAsTheCatalogDoes(new ReadThrows(), "read failed on purpose");
    }

    @Test
    void aMissingBundleIsReportedInTheCatalogsWords() {
        List<String> found = assertReportedAsTheCatalogDoes(new Missing(), "missing");
        assertEquals(List.of("contract/solo/en.json: the bundle file is missing"), found);
    }

    @Test
    void aDeclarationThatThrowsIsAProblemNamingTheProviderClass() {
        List<String> found = assertReportedAsTheCatalogDoes(new LocalesThrow(), "locales failed on purpose");
        assertEquals(List.of(LocalesThrow.class.getName() + ": the provider threw java.lang.IllegalStateException:"
                + " locales failed on purpose"), found);
    }

    @Test
    void aProductThatThrowsAnErrorIsAProblemOfAReportOwnedByTheClass() {
        VerificationReport report = assertDoesNotThrow(() -> ProviderContract.verify(new ProductThrowsAnError()));
        assertEquals(ProductThrowsAnError.class.getName(), report.owner());
        assertReportedAsTheCatalogDoes(new ProductThrowsAnError(), "product linked on purpose to nothing");
    }

    @Test
    void aProviderWithNoLocaleIsReportedNotThrown() {
        VerificationReport report = assertDoesNotThrow(() -> ProviderContract.verify(new NoLocale()));
        assertTrue(report.problems().stream().anyMatch(p -> p.description().contains("it ships no locale")
                && p.file().equals(NoLocale.class.getName())), report.toString());
    }

    @Test
    void aProviderDeclaredNowhereIsReportedAndAssertCleanFails() {
        VerificationReport report = ProviderContract.verify(new Undeclared());
        assertEquals(1, report.problems().size(), report.toString());
        assertTrue(report.problems().get(0).description().contains(NOT_FOUND), report.toString());
        assertEquals(Undeclared.class.getName(), report.problems().get(0).file(), "names the provider class");
        AssertionError e = assertThrows(AssertionError.class, report::assertClean);
        assertTrue(e.getMessage().startsWith("1 problem(s) in solo:"), e.getMessage());
    }

    @Test
    void theRulesOfRegistrationAreTheContractsRules() {
        VerificationReport report = ProviderContract.verify(new Foreign());
        assertTrue(report.problems().stream().anyMatch(p -> p.description().equals("says it belongs to other, not solo")
                && p.key().equals(java.util.Optional.of("FailedOperation.Solo"))), report.toString());
    }

    @Test
    void aProviderDeclaredOnlyByItsModuleInfoKeepsTheContract(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src");
        Path out = dir.resolve("out");
        write(src.resolve("module-info.java"), """
                module solo {
                    requires dev.errorcatalog.core;
                    provides dev.errorcatalog.spi.CatalogProvider with solo.SoloProvider;
                }
                """);
        write(src.resolve("solo/SoloProvider.java"), """
                package solo;

                import dev.errorcatalog.CodeDefinition;
                import dev.errorcatalog.CodeMetadata;
                import dev.errorcatalog.ProductId;
                import dev.errorcatalog.spi.CatalogProvider;
                import java.util.Collection;
                import java.util.List;
                import java.util.Locale;

                public final class SoloProvider implements CatalogProvider {
                    public ProductId product() { return ProductId.of("solo"); }
                    public List<Locale> locales() { return List.of(Locale.ENGLISH); }
                    public Collection<? extends CodeDefinition> codes() {
                        return List.of(CodeDefinition.of("solo", "FailedOperation.Solo", CodeMetadata.NONE));
                    }
                }
                """);
        write(out.resolve("META-INF/errorcatalog/solo/en.json"), "{\"FailedOperation.Solo\": \"Operation failed: solo.\"}");
        // core and what it needs, wherever the build put them (named as text: the testkit module reads only core);
        // the @API annotation's module too: javac needs it to compile against core (requires static), as Maven gives it
        String modulePath = Stream.of("dev.errorcatalog.spi.CatalogProvider", "dev.errorcatalog.i18n.Printable",
                        "tools.jackson.core.JsonParser", "com.ibm.icu.text.MessageFormat", "org.apiguardian.api.API")
                .map(c -> location(c).toString()).collect(Collectors.joining(File.pathSeparator));
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        int status = javac.run(System.out, System.err, "--module-path", modulePath, "-d", out.toString(),
                src.resolve("module-info.java").toString(), src.resolve("solo/SoloProvider.java").toString());
        assertEquals(0, status, "the module compiles");

        try (URLClassLoader loader = new URLClassLoader(new URL[]{out.toUri().toURL()}, getClass().getClassLoader())) {
            CatalogProvider solo = (CatalogProvider) loader.loadClass("solo.SoloProvider").getConstructor().newInstance();
            assertEquals(null, loader.findResource("META-INF/services/" + CatalogProvider.class.getName()), "no service file");
            VerificationReport report = ProviderContract.verify(solo);
            assertTrue(report.isClean(), report.toString());
        }
    }

    /** Two products: solo, whose English bundle words one of its two codes, and one whose provider cannot be made. */
    public static final class Pair implements dev.errorcatalog.spi.ProductCollection {
        @Override
        public List<ProductId> products() {
            return List.of(ProductId.of("solo"), ProductId.of("gone"), ProductId.of("other"));
        }

        @Override
        public CatalogProvider provider(ProductId product) {
            if (product.value().equals("gone")) {
                throw new IllegalStateException("no data");
            }
            return new Solo() {
                @Override
                public Collection<? extends CodeDefinition> codes() {
                    return List.of(CodeDefinition.of("solo", "FailedOperation.Solo", CodeMetadata.NONE),
                            CodeDefinition.of("solo", "FailedOperation.Unworded", CodeMetadata.NONE));
                }

                @Override
                public boolean hasText(dev.errorcatalog.ErrorCode code, Locale locale) {
                    return code.value().equals("FailedOperation.Solo");
                }
            };
        }
    }

    @Test
    void aCollectionIsCheckedProductByProductEachBundleHoldingWhatItsProviderSaysItWords() {
        VerificationReport report = ProviderContract.verify(new Pair());
        assertEquals(List.of(
                        "-: not listed in META-INF/services/dev.errorcatalog.spi.ProductCollection nor provided by a module-info, so ServiceLoader will not find it",
                        "gone: provider(gone) threw java.lang.IllegalStateException: no data",
                        "other: provider(other) gave a provider of solo"),
                report.problems().stream().map(p -> (p.owner().equals(Pair.class.getName()) ? "-" : p.owner()) + ": " + p.description()).sorted().toList(),
                "solo is sound: its English bundle holds the one code it words");
    }

    private static Path location(String className) {
        try {
            Class<?> c = Class.forName(className);
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
