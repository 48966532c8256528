package dev.errorcatalog.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What a new data release changes, per product, as a user upgrading reads it. */
class DataDiffTest {
    private static final String OLD = "3.2.11";
    private static final String NEW = "3.1.1436";

    @TempDir
    Path dir;

    /** A facts file of a product in en and zh-CN: each code is {code, English or null, Chinese or null}. */
    private static String facts(String product, String zhVersion, String[]... codes) {
        StringBuilder s = new StringBuilder("{\n  \"product\": \"" + product + "\",\n  \"dataVersion\": \"x\",\n  \"sources\": [\n"
                + "    {\"id\": \"sdk-zh\", \"kind\": \"SDK\", \"title\": \"tencentcloud-sdk-java\", \"version\": \"" + zhVersion
                + "\", \"licence\": \"Apache-2.0\"},\n"
                + "    {\"id\": \"sdk-en\", \"kind\": \"SDK\", \"title\": \"tencentcloud-sdk-java-intl-en\", \"version\": \"3.1.16\", \"licence\": \"Apache-2.0\"}\n"
                + "  ],\n  \"languages\": [\"en\", \"zh-CN\"],\n  \"codes\": {");
        for (int i = 0; i < codes.length; i++) {
            String[] c = codes[i];
            s.append(i == 0 ? "\n" : ",\n").append("    \"").append(c[0]).append("\": {\"apiVersions\": [\"2017-03-12\"], \"message\": {");
            String en = c[1] == null ? null : "\"en\": {\"text\": \"" + c[1] + "\", \"source\": \"sdk-en\"}";
            String zh = c[2] == null ? null : "\"zh-CN\": {\"text\": \"" + c[2] + "\", \"source\": \"sdk-zh\"}";
            s.append(Stream.of(en, zh).filter(t -> t != null).collect(Collectors.joining(", "))).append("}}");
        }
        s.append(codes.length == 0 ? "},\n" : "\n  },\n");
        return s.append("  \"omitted\": []\n}\n").toString();
    }

    private static String[] code(String code, String en, String zh) {
        return new String[] {code, en, zh};
    }

    private Path folder(String name, Map<String, String> files) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(folder.resolve(f.getKey() + ".json"), f.getValue());
        }
        return folder;
    }

    private static final String SAME = facts("kms", OLD, code("KeyNotFound", "The key does not exist.", "密钥不存在。"));

    @Test
    void codesAddedRemovedAndRewordedInEachLanguageProductsAddedAndRemoved() throws IOException {
        Path old = folder("old", Map.of(
                "cvm", facts("cvm", OLD, code("AuthFailure", "Auth failed.", "鉴权失败。"), code("FailedOperation", null, "操作失败。"),
                        code("LimitExceeded.Gone", "Gone.", "已下线。")),
                "kms", SAME,
                "oldprod", facts("oldprod", OLD, code("InternalError", "Internal error.", null)),
                "empty", facts("empty", OLD)));
        Path now = folder("new", Map.of(
                "cvm", facts("cvm", NEW, code("AuthFailure", "Authentication failed.", "鉴权失败。"),
                        code("FailedOperation", "The operation failed.", "操作失败了。"), code("InvalidZone", "No such zone.", "无此可用区。")),
                "kms", SAME.replace(OLD, NEW),
                "newprod", facts("newprod", NEW, code("ResourceNotFound", null, "资源不存在。"))));
        DataDiff diff = DataDiff.between(old, now);
        assertEquals("""
                3 products changed (1 added, 1 removed): 2 codes added, 2 removed, 2 reworded
                old data: tencentcloud-sdk-java 3.2.11, tencentcloud-sdk-java-intl-en 3.1.16
                new data: tencentcloud-sdk-java 3.1.1436, tencentcloud-sdk-java-intl-en 3.1.16

                cvm: 1 added, 1 removed, 2 reworded
                  + InvalidZone
                      en: "No such zone."
                      zh-CN: "无此可用区。"
                  - LimitExceeded.Gone
                      en: "Gone."
                      zh-CN: "已下线。"
                  ~ AuthFailure
                      en: "Auth failed." → "Authentication failed."
                  ~ FailedOperation
                      en: (no text) → "The operation failed."
                      zh-CN: "操作失败。" → "操作失败了。"

                newprod: new product, 1 code
                  + ResourceNotFound
                      zh-CN: "资源不存在。"

                oldprod: product removed, 1 code
                  - InternalError
                      en: "Internal error."
                """, diff.text());
        assertEquals("""
                {"oldVersion": "tencentcloud-sdk-java 3.2.11, tencentcloud-sdk-java-intl-en 3.1.16", \
                "newVersion": "tencentcloud-sdk-java 3.1.1436, tencentcloud-sdk-java-intl-en 3.1.16", \
                "summary": {"products": {"added": 1, "removed": 1, "changed": 1}, "codes": {"added": 2, "removed": 2, "reworded": 2}}, "notCompared": {}, \
                "products": [{"product": "cvm", "status": "changed", \
                "added": [{"code": "InvalidZone", "message": {"en": "No such zone.", "zh-CN": "无此可用区。"}}], \
                "removed": [{"code": "LimitExceeded.Gone", "message": {"en": "Gone.", "zh-CN": "已下线。"}}], \
                "reworded": [{"code": "AuthFailure", "changes": [{"language": "en", "old": "Auth failed.", "new": "Authentication failed."}]}, \
                {"code": "FailedOperation", "changes": [{"language": "en", "old": null, "new": "The operation failed."}, \
                {"language": "zh-CN", "old": "操作失败。", "new": "操作失败了。"}]}]}, \
                {"product": "newprod", "status": "added", "added": [{"code": "ResourceNotFound", "message": {"zh-CN": "资源不存在。"}}], \
                "removed": [], "reworded": []}, \
                {"product": "oldprod", "status": "removed", "added": [], \
                "removed": [{"code": "InternalError", "message": {"en": "Internal error."}}], "reworded": []}]}
                """, diff.json());
    }

    @Test
    void identicalFoldersAreNoChange() throws IOException {
        Path a = folder("a", Map.of("kms", SAME, "empty", facts("empty", OLD)));
        Path b = folder("b", Map.of("kms", SAME));
        assertEquals("""
                no change
                old data: tencentcloud-sdk-java 3.2.11, tencentcloud-sdk-java-intl-en 3.1.16
                new data: tencentcloud-sdk-java 3.2.11, tencentcloud-sdk-java-intl-en 3.1.16
                """, DataDiff.between(a, b).text());
        assertTrue(DataDiff.between(a, b).isEmpty());
    }

    @Test
    void aTextWithControlsIsShownEscaped() throws IOException {
        Path a = folder("a", Map.of("kms", SAME));
        Path b = folder("b", Map.of("kms", SAME.replace("The key does not exist.", "The key\\u001b[2J is gone.")));
        assertTrue(DataDiff.between(a, b).text().contains("en: \"The key does not exist.\" → \"The key\\u001b[2J is gone.\"\n"),
                DataDiff.between(a, b).text());
    }

    /** The committed facts against what newer lists give: made aside, the committed files untouched. */
    @Test
    void theCommittedFactsAgainstNewerListsWriteNothingOfTheProject() throws IOException {
        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve("data"));
        // no generated module here: the modules' data is made from ../shared's documents, which a test has not
        Files.writeString(project.resolve("data/products.json"), """
                {"common": {"languages": ["en", "zh-CN"], "documents": []},
                 "products": [{"id": "legacy", "name": "legacy API 2.0", "generated": false}]}
                """);
        Path committed = Files.createDirectories(project.resolve(Refresh.FACTS));
        String before = facts("demo", OLD, code("FailedOperation", null, "操作失败。"), code("FailedOperation.Gone", null, "已下线。"));
        Files.writeString(committed.resolve("demo.json"), before);
        Path jar = HostileFiles.jar(dir.resolve("tencentcloud-sdk-java-9.9.1-sources.jar"), Map.of(HostileFiles.DEMO, HostileFiles.DEMO_ENUM));
        Path en = dir.resolve("tencentcloud-sdk-java-intl-en-3.1.16");
        Files.createDirectories(en.resolve("com/tencentcloudapi/other/v20200101"));
        Files.writeString(en.resolve("com/tencentcloudapi/other/v20200101/OtherErrorCode.java"),
                "public enum OtherErrorCode {\n /* Other failed. */\n FAILEDOPERATION(\"FailedOperation\");\n}\n");
        Path feed = Files.writeString(dir.resolve("error-codes-2027-01-02.json"), "[{\"productName\":\"demo\",\"productVersion\":\"2020-01-01\","
                + "\"code\":\"FailedOperation.Busy\",\"description\":null,\"solution\":\"稍后重试。\",\"productCNName\":\"演示\"}]");

        Path go = HostileFiles.goClient(dir.resolve("tencentcloud-sdk-go-9.9.2"));
        String shown = DataDiff.run(List.of("--sources", project.toString(), dir.resolve("shared").toString(),
                "--sdk-zh", jar.toString(), "--sdk-en", en.toString(), "--feed", feed.toString(), "--sdk-go", go.toString()));
        assertEquals("""
                2 products changed (1 added, 0 removed): 2 codes added, 1 removed, 0 reworded
                old data: tencentcloud-sdk-java 3.2.11, tencentcloud-sdk-java-intl-en 3.1.16
                new data: tencentcloud-sdk-java 9.9.1, tencentcloud-sdk-java-intl-en 3.1.16, \
                Tencent Cloud error centre (teco-api-models mirror) 2027-01-02

                demo: 1 added, 1 removed, 0 reworded
                  + FailedOperation.Busy
                      zh-CN: "演示忙。"
                  - FailedOperation.Gone
                      zh-CN: "已下线。"

                other: new product, 1 code
                  + FailedOperation
                      en: "Other failed."
                """, shown);
        assertEquals(before, Files.readString(committed.resolve("demo.json")));
        try (Stream<Path> files = Files.list(committed)) {
            assertEquals(List.of(committed.resolve("demo.json")), files.toList());
        }
    }

    /** A module the new lists cannot make (a code without text in one of its languages) is named, not a failure of the diff. */
    @Test
    void aModuleTheNewListsCannotMakeIsNamedAsNotCompared() throws IOException {
        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve(Refresh.FACTS));
        Files.createDirectories(project.resolve("data"));
        Files.writeString(project.resolve("data/products.json"), """
                {"common": {"languages": ["en", "zh-CN"], "documents": []},
                 "products": [{"id": "demo", "name": "Demo", "languages": ["en", "zh-CN"], "documents": []}]}
                """);
        // today's lists word both codes in both languages; the new Chinese SDK lacks a code the English one has
        Path sources = dir.resolve("shared/sources");
        Files.createDirectories(sources.resolve("tencentcloud-sdk-java-3.2.11").resolve(HostileFiles.DEMO).getParent());
        Files.writeString(sources.resolve("tencentcloud-sdk-java-3.2.11").resolve(HostileFiles.DEMO), HostileFiles.DEMO_ENUM);
        Files.createDirectories(sources.resolve("tencentcloud-sdk-java-intl-en-3.1.16").resolve(HostileFiles.DEMO).getParent());
        Files.writeString(sources.resolve("tencentcloud-sdk-java-intl-en-3.1.16").resolve(HostileFiles.DEMO),
                "public enum DemoErrorCode {\n /* Operation failed. */\n FAILEDOPERATION(\"FailedOperation\"),\n"
                        + " /* The demo is busy. */\n FAILEDOPERATION_BUSY(\"FailedOperation.Busy\");\n}\n");
        Files.createDirectories(sources.resolve("error-center"));
        Files.writeString(sources.resolve("error-center/error-codes.json"), "[]");
        Files.writeString(sources.resolve("error-center/error-codes-vod-kms-live.json"), "[]");
        HostileFiles.goClient(sources.resolve("tencentcloud-sdk-go-1.3.166"));
        Path jar = HostileFiles.jar(dir.resolve("tencentcloud-sdk-java-9.9.1-sources.jar"), Map.of(HostileFiles.DEMO,
                "public enum DemoErrorCode {\n /* 操作失败。 */\n FAILEDOPERATION(\"FailedOperation\");\n}\n"));

        String shown = DataDiff.run(List.of("--sources", project.toString(), dir.resolve("shared").toString(), "--sdk-zh", jar.toString()));
        assertEquals("""
                no change in the products compared; 1 product not compared
                old data: (no product)
                new data: (no product)
                not compared: demo: the new lists cannot make its module: demo: codes without text in a language \
                (add them to the maintainers' file)\\n  no zh-CN text for demo: FailedOperation.Busy
                """, shown);
        // today's lists make it: the same project compared with them is no change, the module compared
        assertEquals("no change", DataDiff.fromSources(project, dir.resolve("shared"), Refresh.Lists.of(dir.resolve("shared"))).summary());
    }

    /** Today's lists give the project's data, every product: catalog-all's committed facts and the modules' data. */
    @Test
    void theProjectAgainstSharedsOwnListsIsNoChangeAndCoversTheModules() {
        Path project = Path.of("..").toAbsolutePath().normalize();
        Path shared = project.resolve("../shared").normalize();
        assumeTrue(Files.isDirectory(shared.resolve("sources")), "../shared/sources is not beside the checkout");
        Refresh.Lists today = Refresh.Lists.of(shared);
        assertEquals(List.of("kms.json", "live.json", "vod.json"),
                List.copyOf(new java.util.TreeSet<>(Refresh.moduleFacts(project, shared, today).files().keySet())));
        DataDiff diff = DataDiff.fromSources(project, shared, today);
        assertTrue(diff.isEmpty(), diff::text);
        assertTrue(diff.newVersion().startsWith("tencentcloud-sdk-java 3.2.11, tencentcloud-sdk-java-intl-en 3.1.16"), diff.newVersion());
    }

    @Test
    void argumentsItCannotUseAreRefusedSayingWhy() {
        Map<List<String>, String> refused = Map.of(
                List.of("only-one"), "two facts folders, or --sources and the lists to compare with",
                List.of("--format", "xml", "a", "b"), "--format takes text or json",
                List.of("--sources", "project"), "--sources needs the project folder and the shared folder");
        refused.forEach((args, message) -> assertEquals(message,
                assertThrows(GeneratorArgumentException.class, () -> DataDiff.run(args), args::toString).getMessage()));
        assertTrue(assertThrows(SourceFormatException.class, () -> DataDiff.run(List.of(dir.resolve("nope").toString(), dir.toString())))
                .getMessage().endsWith("nope: no such folder of facts files"));
    }
}
