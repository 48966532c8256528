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
 * @param languages    the language tags to ship where the sources give text for every code, the default first: the
 *                     SDKs' {@code en} and {@code zh-CN} unless asked (a third comes from the maintainers' file)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ModuleGenerator(String product, Path sdkSources, Optional<Path> sdkSourcesEn, Optional<Path> errorCentre,
                              Optional<Path> translations, String javaPackage, String groupId, List<String> languages) {
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
     *                                    package name of lower-case parts, the group id is not Maven's, or a language
     *                                    is not a language tag
     */
    public ModuleGenerator {
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new GeneratorArgumentException("no language asked for: name one or more language tags (en, zh-CN)");
        }
        for (String tag : languages) {
            if (!ProductModule.isLanguageTag(tag)) {
                throw new GeneratorArgumentException(Inputs.quote(tag) + " is not a language tag as Java writes it (en, zh-CN, ja)");
            }
        }
        if (Set.copyOf(languages).size() != languages.size()) {
            throw new GeneratorArgumentException("a language is asked for twice: " + String.join(", ", languages));
        }
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

    /** A generator of the SDKs' languages, {@code en} and {@code zh-CN}. */
    public ModuleGenerator(String product, Path sdkSources, Optional<Path> sdkSourcesEn, Optional<Path> errorCentre,
                           Optional<Path> translations, String javaPackage, String groupId) {
        this(product, sdkSources, sdkSourcesEn, errorCentre, translations, javaPackage, groupId, Assembler.DEFAULT_LANGUAGES);
    }

    /** The package used when none is given. */
    public static String defaultPackage(String product) {
        return "errorcatalog." + product;
    }

    /**
     * A module of its own product: its provider has the default priority (0).
     *
     * @throws SourceFormatException when a source cannot be read, or the SDK has no error codes for the product
     */
    public Result generate() {
        return generate(false);
    }

    /**
     * The priority of an overlay's provider: above a product's own (0), so its codes are added to the product and its
     * texts replace the product's in the locales it ships, rather than claiming the product a second time.
     */
    public static final int OVERLAY_PRIORITY = 1;

    /**
     * A module of its own product, or, with {@code overlay}, an overlay of a product another module ships (its provider's
     * priority is {@link #OVERLAY_PRIORITY}).
     *
     * @throws SourceFormatException when a source cannot be read, or the SDK has no error codes for the product
     */
    public Result generate(boolean overlay) {
        // only this product's enums are read: another's, however large, costs nothing
        SdkSources zh = SdkSources.open(sdkSources, product);
        if (zh.product(product).isEmpty()) {
            throw new SourceFormatException(sdkSources.toString(), 0, "has no error-code enum for product '" + product + "'; "
                    + closest(product, zh.products()));
        }
        Assembler a = new Assembler(product, languages).sdk(zh, "zh-CN", sdkSource("sdk-zh", zh));
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

        // the same files as the catalog's own modules (Refresh), but for a stand-alone pom and a README
        FileSet files = new ProductModule(product, javaPackage, overlay ? OVERLAY_PRIORITY : 0).write(data, new FileSet());
        files.put("pom.xml", pom(data));
        files.put("README.md", readme(data));
        return new Result(data, files);
    }

    /** The most product ids an error names when none is close to what was asked: the SDK has about 250. */
    private static final int MAX_NAMED = 5;

    /**
     * The products closest to {@code asked} (within two edits, at most three, closest first), and how many the SDK
     * has; or, when none is close, the first few and the count: a list of 250 ids on one line helps no one.
     */
    static String closest(String asked, List<String> products) {
        List<String> near = products.stream().filter(p -> editDistance(asked, p, 2) <= 2)
                .sorted(java.util.Comparator.comparingInt((String p) -> editDistance(asked, p, 2)).thenComparing(p -> p))
                .limit(3).toList();
        String count = products.size() + (products.size() == 1 ? " product" : " products");
        if (!near.isEmpty()) {
            return "did you mean " + String.join(" or ", near) + "? (it has " + count + ")";
        }
        List<String> sorted = products.stream().sorted().toList();
        return sorted.size() <= MAX_NAMED ? "it has: " + String.join(", ", sorted)
                : "it has " + count + ": " + String.join(", ", sorted.subList(0, MAX_NAMED)) + ", …";
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it is known to exceed the limit. */
    static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return Math.min(previous[b.length()], limit + 1);
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
                  <!-- Generated by errorcatalog-generator: a product module depending on catalog-core alone. -->
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

    private String readme(ProductData data) {
        StringBuilder s = new StringBuilder();
        s.append("# ").append(product).append(" error codes for errorcatalog\n\n")
                .append("Generated by `errorcatalog generate` from ").append(GeneratedText.markdown(data.origin()))
                .append(": ").append(data.entries().size()).append(" codes, messages in ").append(String.join(", ", data.languages()))
                .append(". Each message's source is in `src/main/resources/META-INF/errorcatalog/").append(product)
                .append("/provenance.json`. Regenerate rather than edit.\n\n")
                .append("```sh\nmvn verify    # the contract test: constants and bundles agree both ways; every code resolves\n```\n\n")
                .append("Maven 3.9 or later; without Maven, the catalog's checkout has a wrapper that needs only a JDK:"
                        + " `./mvnw -f <this folder>/pom.xml verify` from there.\n");
        if (!data.omitted().isEmpty()) {
            s.append("\nLeft out, and why (the generator never invents text):\n\n");
            data.omitted().forEach(o -> s.append("- ").append(GeneratedText.markdown(o)).append('\n'));
        }
        return s.toString();
    }
}
