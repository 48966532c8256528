package dev.errorcatalog.generator;

import dev.errorcatalog.Source;
import org.apiguardian.api.API;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Regenerates the catalog's own data (core's common codes, VOD, KMS, Live) from the inputs in {@code ../shared}
 * (the source documents and the official lists) and the maintainers' files in {@code data/}. The legacy API 2.0
 * module has one document and no official list, so its bundles are kept by hand.
 * <pre>{@code
 * data/refresh.sh          # or: java dev.errorcatalog.generator.Refresh <project folder> <shared folder>
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Refresh {
    static final Source TRANSLATION = new Source("ours", Source.Kind.TRANSLATION, "errorcatalog maintainers", "", "Apache-2.0");
    static final Source COMMON_TABLES = new Source("common-tables", Source.Kind.COMMON_TABLE,
            "teco-code-generators common error tables", "9c4d3b3", "Apache-2.0");
    static final Source ERROR_CENTRE = new Source("error-centre", Source.Kind.ERROR_CENTRE,
            "Tencent Cloud error centre (teco-api-models mirror)", "2026-08-21", "Tencent Cloud published data");

    /** A source document, by the start of its file name. */
    private record Document(String prefix, String title, String language) {
        Source source(String file) {
            return new Source("doc-" + prefix, Source.Kind.DOCUMENT, title + " (" + file + ")", "", "Tencent Cloud documentation");
        }
    }

    private static final Document VOD_EN = new Document("000", "VOD error codes, English", "en");
    private static final Document VOD_ZH = new Document("001", "VOD error codes, Chinese", "zh-CN");
    private static final Document KMS_EN = new Document("002", "KMS error codes, English", "en");
    private static final Document LIVE_ZH = new Document("004", "Live error codes, Chinese", "zh-CN");

    /** One product of the catalog and where its files go. */
    private record Product(String id, String module, String javaPackage, String enumName, List<Document> documents) {
        boolean core() {
            return id.equals("common");
        }
    }

    private static final List<Product> PRODUCTS = List.of(
            new Product("common", "catalog-core", "dev.errorcatalog", "CommonCode", List.of(KMS_EN, VOD_ZH)),
            new Product("vod", "catalog-vod", "dev.errorcatalog.vod", "VodCode", List.of(VOD_EN, VOD_ZH)),
            new Product("kms", "catalog-kms", "dev.errorcatalog.kms", "KmsCode", List.of(KMS_EN)),
            new Product("live", "catalog-live", "dev.errorcatalog.live", "LiveCode", List.of(LIVE_ZH)));

    private Refresh() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: Refresh <project folder> <shared folder>");
            System.exit(2);
        }
        Path project = Path.of(args[0]).toAbsolutePath().normalize();
        FileSet files = files(project, Path.of(args[1]).toAbsolutePath().normalize());
        files.writeTo(project);
        files.files().keySet().forEach(f -> System.out.println("wrote " + f));
    }

    /** Every generated file of the catalog, relative to the project folder. */
    public static FileSet files(Path project, Path shared) {
        Path sources = shared.resolve("sources");
        SdkSources zh = SdkSources.open(sources.resolve("tencentcloud-sdk-java-3.2.11"));
        SdkSources en = SdkSources.open(sources.resolve("tencentcloud-sdk-java-intl-en-3.1.16"));
        Source zhSource = new Source("sdk-zh", Source.Kind.SDK, zh.title(), zh.version(), "Apache-2.0");
        Source enSource = new Source("sdk-en", Source.Kind.SDK, en.title(), en.version(), "Apache-2.0");
        ErrorCentreFeed centre = ErrorCentreFeed.read(sources.resolve("error-center/error-codes-vod-kms-live.json"));
        CommonTables common = CommonTables.read(sources.resolve("teco-code-generators/data.swift"));

        FileSet out = new FileSet();
        for (Product p : PRODUCTS) {
            Assembler a = new Assembler(p.id()).complete();
            for (Document d : p.documents()) {
                Path file = seed(shared, d.prefix());
                a.document(SeedTable.read(file), d.language(), d.source(file.getFileName().toString()), p.core());
            }
            if (p.core()) {
                a.commonTables(common, COMMON_TABLES);
            } else {
                a.sdk(zh, "zh-CN", zhSource).sdk(en, "en", enSource).errorCentre(centre, ERROR_CENTRE);
            }
            Path editorial = project.resolve("data").resolve(p.id() + ".json");
            if (Files.isRegularFile(editorial)) {
                a.editorial(Editorial.read(editorial), TRANSLATION);
            }
            ProductData data = a.assemble();
            FileSet module = new CatalogFiles(p.javaPackage(), p.enumName(), p.core()).write(data, new FileSet());
            for (Map.Entry<String, String> f : module.files().entrySet()) {
                out.put(p.module() + "/" + f.getKey(), f.getValue());
            }
        }
        return out;
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
