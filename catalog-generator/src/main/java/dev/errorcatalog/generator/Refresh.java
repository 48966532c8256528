package dev.errorcatalog.generator;

import dev.errorcatalog.Source;
import org.apiguardian.api.API;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Regenerates the catalog's own data (core's common codes and every generated product of {@code data/products.json})
 * from the inputs in {@code ../shared} (the source documents and the official lists) and the maintainers' files in
 * {@code data/}. A product module is written by the same code as a module anyone generates ({@link ProductModule}),
 * with a pom of this build; a product kept by hand ({@code legacy}: one document, no official list) is only listed.
 * Every listed product, generated or not, is then written into the places of the build that name products
 * ({@link BuildPlaces}: the poms' modules and dependencies, the README's table), so adding a product is one entry in
 * the list and a refresh.
 * Every other product of the two SDKs is catalog-all's: its facts ({@link Facts}) go to {@value #FACTS}, from the
 * official lists alone (the SDKs' comments and the whole error-centre feed), each code in the languages they word it in.
 * The official lists are today's in {@code ../shared/sources}, or newer ones named on the command line ({@link Lists}):
 * the data version every product records names the SDK releases and the feed that were read.
 * <pre>{@code
 * data/refresh.sh          # or: java dev.errorcatalog.generator.Refresh <project folder> <shared folder>
 * data/refresh.sh --sdk-zh tencentcloud-sdk-java-3.1.1436-sources.jar --feed error-codes-2026-12-01.json
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Refresh {
    static final Source TRANSLATION = new Source("ours", Source.Kind.TRANSLATION, "errorcatalog maintainers", "", "Apache-2.0");
    static final Source COMMON_TABLES = new Source("common-tables", Source.Kind.COMMON_TABLE,
            "teco-code-generators common error tables", "9c4d3b3", "Apache-2.0");
    static final Source ERROR_CENTRE = new Source("error-centre", Source.Kind.ERROR_CENTRE,
            "Tencent Cloud error centre (teco-api-models mirror)", "2026-08-21", "Tencent Cloud published data");

    /** Where catalog-all's facts go, relative to the project folder: one file per product. */
    public static final String FACTS = "catalog-all/src/main/facts/";

    private Refresh() {
    }

    /** The options naming newer official lists, each followed by its value; {@link Lists#parse} reads them. */
    public static final String OPTIONS = "[--sdk-zh <sources jar or folder>] [--sdk-en <folder or jar>]"
            + " [--sdk-go <folder or zip>] [--feed <error-centre feed .json>] [--feed-version <version>]";

    /**
     * The official lists a refresh reads: the Chinese SDK's enums (its sources jar from Maven Central, or a folder laid
     * out like it), the English SDK's, and the error-centre feed, each with the version the data version names.
     *
     * @param sdkZh       the Chinese SDK: its name says its version ({@code tencentcloud-sdk-java-3.1.1436-sources.jar})
     * @param sdkEn       the English SDK, named the same way ({@code tencentcloud-sdk-java-intl-en-3.1.16})
     * @param feed        the whole error-centre feed, for catalog-all's products
     * @param moduleFeed  the feed the product modules read: today's rows of vod, kms and live, else {@code feed}
     * @param feedVersion the feed's version (the day it was taken)
     * @param sdkGo       the Go client, whose comments list the codes each API action can return ({@link GoClients})
     */
    public record Lists(Path sdkZh, Path sdkEn, Path feed, Path moduleFeed, String feedVersion, Path sdkGo) {
        /** Today's feed: the teco-api-models mirror's commit of that day (../shared/sources/README.md). */
        static final String SHARED_FEED_VERSION = "2026-08-21";
        private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{4}-\\d{2}-\\d{2})(?!\\d)");

        /** Today's lists in {@code <shared>/sources}. */
        public static Lists of(Path shared) {
            Path sources = shared.resolve("sources");
            return new Lists(sources.resolve("tencentcloud-sdk-java-3.2.11"), sources.resolve("tencentcloud-sdk-java-intl-en-3.1.16"),
                    sources.resolve("error-center/error-codes.json"), sources.resolve("error-center/error-codes-vod-kms-live.json"),
                    SHARED_FEED_VERSION, sources.resolve("tencentcloud-sdk-go-1.3.166"));
        }

        /**
         * Today's lists with the ones the options name instead ({@value Refresh#OPTIONS}): a feed's version is
         * {@code --feed-version}, else the date ({@code 2026-12-01}) in its file's name.
         *
         * @throws GeneratorArgumentException for an unknown option, one without its value or given twice, an SDK whose
         *                                    name does not say its version, or a feed whose version is not known
         */
        public static Lists parse(Path shared, List<String> options) {
            Map<String, String> given = new LinkedHashMap<>();
            for (int i = 0; i < options.size(); i += 2) {
                String option = options.get(i);
                if (!List.of("--sdk-zh", "--sdk-en", "--sdk-go", "--feed", "--feed-version").contains(option)) {
                    throw new GeneratorArgumentException("unknown option " + Inputs.quote(option) + " (known: " + OPTIONS + ")");
                }
                if (i + 1 >= options.size() || options.get(i + 1).isEmpty()) {
                    throw new GeneratorArgumentException(option + " needs a value");
                }
                if (given.put(option, options.get(i + 1)) != null) {
                    throw new GeneratorArgumentException(option + " is given twice");
                }
            }
            Lists today = of(shared);
            Path zh = path(given.get("--sdk-zh"), today.sdkZh());
            Path en = path(given.get("--sdk-en"), today.sdkEn());
            Path go = path(given.get("--sdk-go"), today.sdkGo());
            for (Path sdk : List.of(zh, en, go)) {
                versioned(sdk);
            }
            if (!given.containsKey("--feed")) {
                if (given.containsKey("--feed-version")) {
                    throw new GeneratorArgumentException("--feed-version without --feed: today's feed is " + SHARED_FEED_VERSION);
                }
                return new Lists(zh, en, today.feed(), today.moduleFeed(), today.feedVersion(), go);
            }
            Path feed = path(given.get("--feed"), null);
            String version = given.get("--feed-version");
            if (version == null) {
                Matcher m = DATE.matcher(feed.getFileName().toString());
                if (!m.find()) {
                    throw new GeneratorArgumentException("the data version names the feed's version: give --feed-version"
                            + " (the day it was taken, 2026-12-01) or a file name with that date, not " + Inputs.quote(feed.getFileName().toString()));
                }
                version = m.group(1);
            }
            if (version.isBlank() || !version.codePoints().allMatch(c -> c > ' ' && c < 0x7f)) {
                throw new GeneratorArgumentException("the feed's version " + Inputs.quote(version) + " is not a word of printable ASCII");
            }
            return new Lists(zh, en, feed, feed, version, go);
        }

        private static Path path(String given, Path otherwise) {
            return given == null ? otherwise : Path.of(given).toAbsolutePath().normalize();
        }

        /** An SDK whose name has no version would leave its release out of the data version. */
        private static void versioned(Path sdk) {
            String name = sdk.getFileName() == null ? sdk.toString() : sdk.getFileName().toString();
            if (!SDK_NAME.matcher(name).matches()) {
                throw new GeneratorArgumentException("the data version names each SDK's release, read from its name: "
                        + Inputs.quote(name) + " is not named <sdk>-<version>[-sources][.jar] (tencentcloud-sdk-java-3.1.1436-sources.jar)");
            }
        }

        private static final Pattern SDK_NAME = Pattern.compile(".+?-v?\\d+(?:\\.\\d+)+(?:-sources)?(?:\\.jar|\\.zip)?");

        Source errorCentre() {
            return new Source(ERROR_CENTRE.id(), ERROR_CENTRE.kind(), ERROR_CENTRE.title(), feedVersion, ERROR_CENTRE.licence());
        }
    }

    /**
     * The two SDKs, each read once, wholly: every product's enums, within {@link SdkSources}' limits; and the Go
     * client's action lists.
     */
    private record Sdks(SdkSources zh, SdkSources en, Source zhSource, Source enSource, GoClients go) {
        static Sdks read(Lists lists) {
            SdkSources zh = SdkSources.open(lists.sdkZh());
            SdkSources en = SdkSources.open(lists.sdkEn());
            return new Sdks(zh, en, new Source("sdk-zh", Source.Kind.SDK, zh.title(), zh.version(), "Apache-2.0"),
                    new Source("sdk-en", Source.Kind.SDK, en.title(), en.version(), "Apache-2.0"), GoClients.open(lists.sdkGo()));
        }
    }

    /**
     * Writes every generated file and catalog-all's facts.
     * {@code Refresh <project folder> <shared folder> [--sdk-zh …] [--sdk-en …] [--feed …] [--feed-version …]}
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: Refresh <project folder> <shared folder> " + OPTIONS);
            System.exit(2);
        }
        Path project = Path.of(args[0]).toAbsolutePath().normalize();
        Path shared = Path.of(args[1]).toAbsolutePath().normalize();
        Lists lists;
        try {
            lists = Lists.parse(shared, List.of(args).subList(2, args.length));
        } catch (GeneratorArgumentException e) {
            System.err.println("Refresh: " + e.getMessage());
            System.err.println("usage: Refresh <project folder> <shared folder> " + OPTIONS);
            System.exit(2);
            return;
        }
        Sdks sdks = Sdks.read(lists);
        FileSet files = files(project, shared, lists, sdks);
        files.writeTo(project);
        files.files().keySet().forEach(f -> System.out.println("wrote " + f));
        FileSet facts = facts(project, lists, sdks);
        facts.writeTo(project);
        System.out.println("wrote " + facts.files().size() + " facts files in " + FACTS + " (data version: "
                + Assembler.dataVersion(List.of(sdks.zhSource(), sdks.enSource(), lists.errorCentre())) + ")");
        // a product the SDKs no longer have leaves no facts behind
        try (var committed = Files.list(project.resolve(FACTS))) {
            for (Path f : committed.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                if (!facts.files().containsKey(FACTS + f.getFileName())) {
                    Files.delete(f);
                    System.out.println("removed " + FACTS + f.getFileName());
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Every generated file of the catalog, relative to the project folder, for the products {@code data/products.json}
     * lists: the generated modules' files, and the poms and README with their product places written.
     */
    public static FileSet files(Path project, Path shared) {
        Lists lists = Lists.of(shared);
        return files(project, shared, lists, Sdks.read(lists));
    }

    private static FileSet files(Path project, Path shared, Lists lists, Sdks sdks) {
        ProductList list = ProductList.of(project);
        Path sources = shared.resolve("sources");
        ErrorCentreFeed centre = ErrorCentreFeed.read(lists.moduleFeed());
        Source centreSource = lists.errorCentre();
        CommonTables common = CommonTables.read(sources.resolve("teco-code-generators/data.swift"));

        FileSet out = new FileSet();
        Map<String, Integer> codes = new HashMap<>();
        ProductData commonData = assembler(project, shared, list.common()).commonTables(common, COMMON_TABLES).assemble();
        into(out, list.common().module(), new CatalogFiles(list.common().javaPackage(), list.common().enumName(), true)
                .write(commonData, new FileSet()));
        for (ProductList.Product p : list.generated()) {
            ProductData data = moduleData(project, shared, p, sdks, centre, centreSource);
            FileSet module = new ProductModule(p.id(), p.javaPackage()).write(data, new FileSet());
            module.put("pom.xml", pom(p, data));
            into(out, p.module(), module);
            codes.put(p.id(), data.entries().size());
        }
        // Maven cannot read the list: the poms and the README name each product where they need it
        BuildPlaces.write(project, list, codes).files().forEach(out::put);
        return out;
    }

    private static ProductData moduleData(Path project, Path shared, ProductList.Product p, Sdks sdks, ErrorCentreFeed centre,
                                          Source centreSource) {
        return assembler(project, shared, p).sdk(sdks.zh(), "zh-CN", sdks.zhSource()).sdk(sdks.en(), "en", sdks.enSource())
                .errorCentre(centre, centreSource).assemble().withActions(sdks.go().actions(p.id()));
    }

    /**
     * The data of each generated product module ({@code data/products.json}: vod, kms, live) as facts, {@code
     * <product>.json}, from these lists and ../shared's documents: what its module would hold, in the form
     * {@link DataDiff} compares.
     */
    public static FileSet moduleFacts(Path project, Path shared, Lists lists) {
        return moduleFacts(project, shared, lists, (product, e) -> {
            throw e;
        });
    }

    /** The modules' facts as {@link #moduleFacts(Path, Path, Lists)}; a product the lists cannot make goes to {@code failed}. */
    static FileSet moduleFacts(Path project, Path shared, Lists lists,
                               java.util.function.BiConsumer<String, dev.errorcatalog.i18n.ErrorCatalogException> failed) {
        List<ProductList.Product> generated = ProductList.of(project).generated();
        FileSet out = new FileSet();
        if (generated.isEmpty()) {
            return out;
        }
        Sdks sdks = Sdks.read(lists);
        ErrorCentreFeed centre = ErrorCentreFeed.read(lists.moduleFeed());
        for (ProductList.Product p : generated) {
            try {
                out.put(p.id() + ".json", Facts.write(moduleData(project, shared, p, sdks, centre, lists.errorCentre())));
            } catch (dev.errorcatalog.i18n.ErrorCatalogException e) {
                failed.accept(p.id(), e);
            }
        }
        return out;
    }

    /**
     * catalog-all's facts, relative to the project folder: one file for each product of the two SDKs that
     * {@code data/products.json} does not list, from the SDKs' comments and the whole error-centre feed alone.
     */
    public static FileSet facts(Path project, Path shared) {
        return facts(project, Lists.of(shared));
    }

    /** catalog-all's facts, as {@link #facts(Path, Path)}, from the given official lists. */
    public static FileSet facts(Path project, Lists lists) {
        return facts(project, lists, Sdks.read(lists));
    }

    private static FileSet facts(Path project, Lists lists, Sdks sdks) {
        java.util.Set<String> own = new java.util.HashSet<>();
        ProductList.of(project).products().forEach(p -> own.add(p.id()));
        ErrorCentreFeed centre = ErrorCentreFeed.read(lists.feed());
        Source centreSource = lists.errorCentre();
        java.util.TreeSet<String> products = new java.util.TreeSet<>(sdks.zh().products());
        products.addAll(sdks.en().products());
        products.removeAll(own);
        FileSet out = new FileSet();
        for (String product : products) {
            Assembler a = new Assembler(product).sdk(sdks.zh(), "zh-CN", sdks.zhSource()).sdk(sdks.en(), "en", sdks.enSource())
                    .errorCentre(centre, centreSource).perCodeLanguages();
            ProductData data = withEditorial(a, project, product).assemble().withActions(sdks.go().actions(product));
            out.put(FACTS + product + ".json", Facts.write(data));
        }
        return out;
    }

    /** The product's documents and maintainers' file, every code required in each of its languages. */
    private static Assembler assembler(Path project, Path shared, ProductList.Product p) {
        Assembler a = new Assembler(p.id(), p.languages()).complete();
        for (ProductList.Document d : p.documents()) {
            Path file = seed(shared, d.file());
            Source source = new Source("doc-" + d.file(), Source.Kind.DOCUMENT, d.title() + " (" + file.getFileName() + ")", "",
                    "Tencent Cloud documentation");
            a.document(SeedTable.read(file), d.language(), source, p.module().equals("catalog-core"));
        }
        return withEditorial(a, project, p.id());
    }

    /** The maintainers' file of a product, where it has one: a product without a module of its own may have one too. */
    private static Assembler withEditorial(Assembler a, Path project, String product) {
        Path editorial = project.resolve("data").resolve(product + ".json");
        if (Files.isRegularFile(editorial)) {
            a.editorial(Editorial.read(editorial), TRANSLATION);
        }
        return a;
    }

    private static void into(FileSet out, String module, FileSet files) {
        for (Map.Entry<String, String> f : files.files().entrySet()) {
            out.put(module + "/" + f.getKey(), f.getValue());
        }
    }

    /** The pom of a product module of this build: the same dependencies for every product. */
    private static String pom(ProductList.Product p, ProductData data) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <!-- Generated by errorcatalog-generator from data/products.json (data/refresh.sh): regenerate rather than edit. -->
                  <parent>
                    <groupId>dev.errorcatalog</groupId>
                    <artifactId>errorcatalog-parent</artifactId>
                    <version>0.1.0-SNAPSHOT</version>
                  </parent>

                  <artifactId>%s</artifactId>
                  <name>errorcatalog %s</name>
                  <description>The error codes of %s with %s messages.</description>

                  <dependencies>
                    <dependency>
                      <!-- @API status: see catalog-i18n's pom -->
                      <groupId>org.apiguardian</groupId>
                      <artifactId>apiguardian-api</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>dev.errorcatalog</groupId>
                      <artifactId>catalog-core</artifactId>
                    </dependency>
                    <dependency>
                      <groupId>dev.errorcatalog</groupId>
                      <artifactId>catalog-test-support</artifactId>
                      <scope>test</scope>
                    </dependency>
                    <dependency>
                      <groupId>dev.errorcatalog</groupId>
                      <artifactId>catalog-testkit</artifactId>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>
                </project>
                """.formatted(p.module(), p.id(), GeneratedText.xml(p.name()), ProductModule.inWords(data.languages()));
    }

    private static Path seed(Path shared, String prefix) {
        try (var files = Files.list(shared.resolve("seeds"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow(() -> new SourceFormatException(shared.resolve("seeds").toString(), 0, "no document " + prefix + "_*"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
