package dev.errorcatalog.testkit;

import dev.errorcatalog.i18n.verify.VerificationReport;
import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.spi.CatalogProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
