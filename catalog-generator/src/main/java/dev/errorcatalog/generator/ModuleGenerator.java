package dev.errorcatalog.generator;

import dev.errorcatalog.ProductId;
import dev.errorcatalog.Source;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Writes a complete product module for any product of a Tencent Cloud SDK: a Maven project that imports the
 * catalog's BOM and depends on {@code catalog-core} alone, with typed constants, the provider, its
 * {@code META-INF/services} line and {@code module-info} {@code provides}, bundles and provenance for every
 * language the sources give text for, and a contract test; it builds and passes {@code mvn verify} as it is.
 *
 * @param product      the product id, as in the SDK's path ({@code cvm})
 * @param sdkSources   the Java SDK's sources jar or folder (Chinese comments)
 * @param sdkSourcesEn the international edition's (English comments), when given
 * @param errorCentre  the error centre's feed, when given
 * @param translations a maintainers' file (the format of {@code data/*.json}), when given
 * @param javaPackage  the package of the generated classes
 * @param groupId      the Maven group id
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ModuleGenerator(String product, Path sdkSources, Optional<Path> sdkSourcesEn, Optional<Path> errorCentre,
                              Optional<Path> translations, String javaPackage, String groupId) {
    private static final Pattern PACKAGE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
    /** Far beyond any real package; each part is a folder of the module, and a file's path has a limit. */
    private static final int MAX_PACKAGE_LENGTH = 200;
    /** A product as the SDK's paths name one; a product id may also hold '-', which no Java class name can. */
    private static final Pattern SDK_PRODUCT = Pattern.compile("[a-z][a-z0-9]*");
    /** What Maven takes as a group id. */
    private static final Pattern GROUP_ID = Pattern.compile("[A-Za-z0-9_.-]+");
    /**
     * The words no package name may have as a part (Java 17: the keywords, {@code _}, and the literals
     * {@code true}, {@code false}, {@code null}). The contextual ones ({@code var}, {@code record}, {@code module},
     * {@code exports}, …) may be, in a package and in a module's name alike.
     */
    private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte",
            "case", "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
            "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "_", "true", "false",
            "null");

    /** What was generated: the files and what was left out of them. */
    public record Result(ProductData data, FileSet files) {
    }

    /**
     * @throws GeneratorArgumentException when the product is not one an SDK's paths name, the package is not a Java
     *                                    package name of lower-case parts, or the group id is not Maven's
     */
    public ModuleGenerator {
        if (!SDK_PRODUCT.matcher(product).matches()) {
            throw new GeneratorArgumentException(Inputs.quote(product) + " is not a product of an SDK: its paths name products"
                    + " in a-z and 0-9 (cvm, cdn)");
        }
        if (ProductId.of(product).isCommon()) { // a product id, not "common"
            throw new GeneratorArgumentException("'common' is core's; generate a product of the SDK");
        }
        if (javaPackage.length() > MAX_PACKAGE_LENGTH) {
            // before the pattern, whose repeated group recurses once per part
            throw new GeneratorArgumentException(Inputs.quote(javaPackage) + " is not a Java package name the generator takes:"
                    + " longer than " + MAX_PACKAGE_LENGTH + " characters");
        }
        if (!PACKAGE.matcher(javaPackage).matches()) {
            throw new GeneratorArgumentException(Inputs.quote(javaPackage) + " is not a Java package name of lower-case parts");
        }
        for (String part : javaPackage.split("\\.")) {
            if (RESERVED.contains(part)) {
                throw new GeneratorArgumentException(Inputs.quote(javaPackage) + " is not a Java package name: '" + part
                        + "' is reserved in Java");
            }
        }
        if (!GROUP_ID.matcher(groupId).matches()) {
            throw new GeneratorArgumentException(Inputs.quote(groupId) + " is not a Maven group id: letters, digits, '.', '-'"
                    + " and '_' only (com.example)");
        }
    }

    /** The package used when none is given. */
    public static String defaultPackage(String product) {
        return "errorcatalog." + product;
    }

    /**
     * @throws SourceFormatException when a source cannot be read, or the SDK has no error codes for the product
     */
    public Result generate() {
        // only this product's enums are read: another's, however large, costs nothing
        SdkSources zh = SdkSources.open(sdkSources, product);
        if (zh.product(product).isEmpty()) {
            List<String> all = zh.products();
            throw new SourceFormatException(sdkSources.toString(), 0, "has no error-code enum for product '" + product
                    + "'; it has: " + String.join(", ", all.subList(0, Math.min(all.size(), 100)))
                    + (all.size() > 100 ? " and " + (all.size() - 100) + " more" : ""));
        }
        Assembler a = new Assembler(product).sdk(zh, "zh-CN", sdkSource("sdk-zh", zh));
        sdkSourcesEn.ifPresent(p -> {
            SdkSources en = SdkSources.open(p, product);
            a.sdk(en, "en", sdkSource("sdk-en", en));
        });
        errorCentre.ifPresent(p -> a.errorCentre(ErrorCentreFeed.read(p), new Source("error-centre", Source.Kind.ERROR_CENTRE,
                "Tencent Cloud error centre", "", "Tencent Cloud published data")));
        translations.ifPresent(p -> {
            Editorial editorial = Editorial.read(p);
            a.editorial(editorial, new Source("ours", Source.Kind.TRANSLATION, String.valueOf(p.getFileName()), "", ""));
        });
        ProductData data = a.assemble();

        String stem = CatalogFiles.stem(product);
        String dir = "src/main/java/" + javaPackage.replace('.', '/') + "/";
        FileSet files = new CatalogFiles(javaPackage, stem + "Code", false).write(data, new FileSet());
        files.put("pom.xml", pom(data));
        files.put("src/main/java/module-info.java", moduleInfo(stem));
        files.put(dir + stem + "CatalogProvider.java", provider(stem, data.languages()));
        files.put("src/main/resources/META-INF/services/dev.errorcatalog.spi.CatalogProvider", javaPackage + "." + stem + "CatalogProvider\n");
        files.put("src/test/java/" + javaPackage.replace('.', '/') + "/" + stem + "ContractTest.java", contractTest(stem));
        files.put("README.md", readme(data));
        return new Result(data, files);
    }

    private static Source sdkSource(String id, SdkSources sdk) {
        return new Source(id, Source.Kind.SDK, sdk.title(), sdk.version(), sdk.title().startsWith("tencentcloud-sdk-java") ? "Apache-2.0" : "");
    }

    private static Properties versions() {
        Properties p = new Properties();
        try (InputStream in = ModuleGenerator.class.getResourceAsStream("generator.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private String pom(ProductData data) {
        Properties v = versions();
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <!-- Generated by errorcatalog generate: a product module depending on catalog-core alone. -->
                  <groupId>%s</groupId>
                  <artifactId>%s-errorcatalog</artifactId>
                  <version>1.0.0-SNAPSHOT</version>
                  <name>%s error codes for errorcatalog</name>
                  <description>The error codes of %s with their messages (%s), from %s.</description>

                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <errorcatalog.version>%s</errorcatalog.version>
                  </properties>

                  <dependencyManagement>
                    <dependencies>
                      <dependency>
                        <groupId>dev.errorcatalog</groupId>
                        <artifactId>catalog-bom</artifactId>
                        <version>${errorcatalog.version}</version>
                        <type>pom</type>
                        <scope>import</scope>
                      </dependency>
                    </dependencies>
                  </dependencyManagement>

                  <dependencies>
                    <dependency>
                      <groupId>dev.errorcatalog</groupId>
                      <artifactId>catalog-core</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>dev.errorcatalog</groupId>
                      <artifactId>catalog-testkit</artifactId>
                      <scope>test</scope>
                    </dependency>
                    <dependency>
                      <groupId>org.junit.jupiter</groupId>
                      <artifactId>junit-jupiter</artifactId>
                      <version>%s</version>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>

                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-surefire-plugin</artifactId>
                        <version>%s</version>
                        <configuration>
                          <useModulePath>false</useModulePath>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(groupId, product, product, product, String.join(", ", data.languages()),
                GeneratedText.xml(data.origin()),
                v.getProperty("version"), v.getProperty("junit.version"), v.getProperty("compiler-plugin.version"),
                v.getProperty("surefire-plugin.version"));
    }

    private String moduleInfo(String stem) {
        return """
                /** The %s product module of the error catalog, generated by errorcatalog generate. */
                module %s {
                    requires transitive dev.errorcatalog.core;
                    // the @API status of the generated classes: needed to compile them, not to run them
                    requires static transitive org.apiguardian.api;

                    exports %s;

                    provides dev.errorcatalog.spi.CatalogProvider with %s.%sCatalogProvider;
                }
                """.formatted(product, javaPackage, javaPackage, javaPackage, stem);
    }

    private String provider(String stem, List<String> languages) {
        String locales = String.join(", ", languages.stream()
                .map(l -> l.equals("en") ? "Locale.ENGLISH" : "Locale.SIMPLIFIED_CHINESE").toList());
        return """
                package %s;

                import dev.errorcatalog.spi.EnumCatalogProvider;
                import org.apiguardian.api.API;

                import java.util.Locale;

                import static org.apiguardian.api.API.Status.MAINTAINED;

                /** The %s product: its codes, and bundles in %s (the first is the default). Generated by errorcatalog generate. */
                %s
                public final class %sCatalogProvider extends EnumCatalogProvider<%sCode> {
                    public %sCatalogProvider() {
                        super(%sCode.PRODUCT, %sCode.class, %s);
                    }
                }
                """.formatted(javaPackage, product, String.join(", ", languages), CatalogFiles.API_STATUS, stem, stem, stem, stem, stem, locales);
    }

    private String contractTest(String stem) {
        return """
                package %1$s;

                import dev.errorcatalog.ErrorCatalog;
                import dev.errorcatalog.MatchKind;
                import dev.errorcatalog.Resolution;
                import dev.errorcatalog.testkit.ProviderContract;
                import org.junit.jupiter.api.Test;

                import java.util.Locale;

                import static org.junit.jupiter.api.Assertions.assertEquals;
                import static org.junit.jupiter.api.Assertions.assertFalse;

                /** The module keeps the catalog's contract, and every code resolves exactly in every locale it ships. */
                class %2$sContractTest {
                    @Test
                    void theModuleKeepsTheContract() {
                        ProviderContract.verify(new %2$sCatalogProvider()).assertClean();
                    }

                    @Test
                    void everyCodeResolvesExactlyInEveryLocale() {
                        ErrorCatalog catalog = ErrorCatalog.loadStrict();
                        for (Locale locale : new %2$sCatalogProvider().locales()) {
                            for (%2$sCode code : %2$sCode.values()) {
                                Resolution r = catalog.resolve(code, locale);
                                assertEquals(MatchKind.EXACT, r.kind(), r.explain());
                                assertEquals(locale, r.locale(), r.explain());
                                assertFalse(r.message().isBlank(), r.explain());
                            }
                        }
                    }
                }
                """.formatted(javaPackage, stem);
    }

    private String readme(ProductData data) {
        StringBuilder s = new StringBuilder();
        s.append("# ").append(product).append(" error codes for errorcatalog\n\n")
                .append("Generated by `errorcatalog generate` from ").append(GeneratedText.markdown(data.origin()))
                .append(": ").append(data.entries().size()).append(" codes, messages in ").append(String.join(", ", data.languages()))
                .append(". Each message's source is in `src/main/resources/META-INF/errorcatalog/").append(product)
                .append("/provenance.json`. Regenerate rather than edit.\n\n")
                .append("```sh\nmvn verify    # the contract test: constants and bundles agree both ways; every code resolves\n```\n");
        if (!data.omitted().isEmpty()) {
            s.append("\nLeft out, and why (the generator never invents text):\n\n");
            data.omitted().forEach(o -> s.append("- ").append(GeneratedText.markdown(o)).append('\n'));
        }
        return s.toString();
    }
}
