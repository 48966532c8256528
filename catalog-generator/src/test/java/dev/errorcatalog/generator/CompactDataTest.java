package dev.errorcatalog.generator;

import dev.errorcatalog.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** catalog-all's build step: the committed facts become the index, the code lists, the bundles and the provenance files. */
class CompactDataTest {
    private static final String ALL = "META-INF/errorcatalog/all/";
    private static final String SOURCES = """
              "sources": [
                {"id": "sdk-zh", "kind": "SDK", "title": "tencentcloud-sdk-java", "version": "3.2.11", "licence": "Apache-2.0"},
                {"id": "sdk-en", "kind": "SDK", "title": "tencentcloud-sdk-java-intl-en", "version": "3.1.16", "licence": "Apache-2.0"},
                {"id": "error-centre", "kind": "ERROR_CENTRE", "title": "error centre", "version": "2026-08-21", "licence": "Tencent"}
              ],
            """;

    @TempDir
    Path dir;

    private Path facts(String product, String text) throws IOException {
        Path f = dir.resolve("facts").resolve(product + ".json");
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    private void demo() throws IOException {
        facts("demo", """
                {
                  "product": "demo",
                  "dataVersion": "tencentcloud-sdk-java 3.2.11, tencentcloud-sdk-java-intl-en 3.1.16, error centre 2026-08-21",
                """ + SOURCES + """
                  "languages": ["en", "zh-CN"],
                  "codes": {
                    "FailedOperation.Both": {"apiVersions": ["2020-01-01"], "message": {"en": {"text": "Both {0} languages.", "source": "sdk-en"}, "zh-CN": {"text": "两种语言。", "source": "sdk-zh"}}, "solution": {"zh-CN": {"text": "请重试。", "source": "error-centre"}}, "retry": {"advice": "TRANSIENT", "rule": "retry-later", "evidence": "zh-CN solution: 请重试。"}},
                    "FailedOperation.ChineseOnly": {"apiVersions": ["2020-01-01", "2024-07-18"], "message": {"zh-CN": {"text": "只有中文。", "source": "sdk-zh"}}},
                    "FailedOperation.EnglishOnly": {"apiVersions": ["2024-07-18"], "message": {"en": {"text": "English alone.", "source": "sdk-en"}}, "helpUrl": "https://example.com/doc"}
                  },
                  "omitted": [
                    "FailedOperation.None: no text in any language (no en enum lists it; zh-CN: its comment is empty, a placeholder or the code)"
                  ]
                }
                """);
        facts("alpha", """
                {
                  "product": "alpha",
                  "dataVersion": "tencentcloud-sdk-java 3.2.11",
                  "sources": [
                    {"id": "sdk-zh", "kind": "SDK", "title": "tencentcloud-sdk-java", "version": "3.2.11", "licence": "Apache-2.0"}
                  ],
                  "languages": ["zh-CN"],
                  "codes": {
                    "InternalError": {"apiVersions": ["2019-01-01"], "message": {"zh-CN": {"text": "内部错误。", "source": "sdk-zh"}}}
                  },
                  "omitted": []
                }
                """);
        facts("empty", """
                {
                  "product": "empty",
                  "dataVersion": "",
                  "sources": [],
                  "languages": [],
                  "codes": {},
                  "omitted": [
                    "com/tencentcloudapi/empty/v20250513/EmptyErrorCode.java: the zh-CN SDK's enum for API 2025-05-13 lists no code"
                  ]
                }
                """);
    }

    @Test
    void eachProductGetsItsCodesBundlesAndProvenanceAndTheIndexListsThem() throws IOException {
        demo();
        Map<String, String> files = CompactData.files(dir.resolve("facts")).files();
        assertEquals(Set.of(ALL + "index", ALL + "code-index", ALL + "search-en", ALL + "search-zh-CN", ALL + "alpha/codes", ALL + "alpha/zh-CN.json", ALL + "alpha/provenance.json",
                ALL + "demo/codes", ALL + "demo/en.json", ALL + "demo/zh-CN.json", ALL + "demo/provenance.json"), files.keySet(),
                "a product of no code is left out");
        assertEquals("""
                errorcatalog-data 2
                version\ttencentcloud-sdk-java 3.2.11, tencentcloud-sdk-java-intl-en 3.1.16, error centre 2026-08-21
                alpha\tzh-CN\t1
                demo\ten,zh-CN\t3
                """, files.get(ALL + "index"));
        assertEquals("""
                FailedOperation.Both\ten,zh-CN\tTRANSIENT
                FailedOperation.ChineseOnly\tzh-CN\t
                FailedOperation.EnglishOnly\ten\t
                """, files.get(ALL + "demo/codes"), "each code's advice in its third field, its evidence in the provenance file");
        assertEquals("""
                {
                  "FailedOperation.Both": "Both '{'0'}' languages.",
                  "FailedOperation.EnglishOnly": "English alone."
                }
                """, files.get(ALL + "demo/en.json"), "only the codes with English; a brace is quoted as the message format needs");
        assertEquals("""
                {
                  "FailedOperation.Both": {
                    "message": "两种语言。",
                    "solution": "请重试。"
                  },
                  "FailedOperation.ChineseOnly": "只有中文。"
                }
                """, files.get(ALL + "demo/zh-CN.json"));
        String provenance = files.get(ALL + "demo/provenance.json");
        assertTrue(provenance.startsWith("""
                {
                  "product": "demo",
                  "dataVersion": "tencentcloud-sdk-java 3.2.11, tencentcloud-sdk-java-intl-en 3.1.16, error centre 2026-08-21",
                  "sources": [
                    {"id": "sdk-zh", "kind": "SDK", "title": "tencentcloud-sdk-java", "version": "3.2.11", "licence": "Apache-2.0"},
                """), provenance);
        assertTrue(provenance.endsWith("""
                  "codes": {
                    "FailedOperation.Both": {"apiVersions": ["2020-01-01"], "message": {"en": "sdk-en", "zh-CN": "sdk-zh"}, "solution": {"zh-CN": "error-centre"}, "retry": {"advice": "TRANSIENT", "rule": "retry-later", "evidence": "zh-CN solution: 请重试。"}},
                    "FailedOperation.ChineseOnly": {"apiVersions": ["2020-01-01", "2024-07-18"], "message": {"zh-CN": "sdk-zh"}},
                    "FailedOperation.EnglishOnly": {"apiVersions": ["2024-07-18"], "message": {"en": "sdk-en"}}
                  }
                }
                """), provenance);
    }

    @Test
    void theCodeIndexNamesTheProductsOfEachCodeAndTheSearchFilesHoldEachTextOnOneLine() throws IOException {
        demo();
        facts("beta", """
                {
                  "product": "beta",
                  "dataVersion": "tencentcloud-sdk-java 3.2.11",
                  "sources": [
                    {"id": "sdk-zh", "kind": "SDK", "title": "tencentcloud-sdk-java", "version": "3.2.11", "licence": "Apache-2.0"}
                  ],
                  "languages": ["zh-CN"],
                  "codes": {
                    "FailedOperation.Both": {"apiVersions": ["2019-01-01"], "message": {"zh-CN": {"text": "两种。", "source": "sdk-zh"}}},
                    "InternalError": {"apiVersions": ["2019-01-01"], "message": {"zh-CN": {"text": "内部\\t错误\\n第二行。", "source": "sdk-zh"}}}
                  },
                  "omitted": []
                }
                """);
        Map<String, String> files = CompactData.files(dir.resolve("facts")).files();
        assertEquals("""
                FailedOperation.Both\tbeta,demo
                FailedOperation.ChineseOnly\tdemo
                FailedOperation.EnglishOnly\tdemo
                InternalError\talpha,beta
                """, files.get(ALL + "code-index"), "sorted by code; each code's products sorted; the empty product is in none");
        assertEquals("""
                demo\tFailedOperation.Both\tBoth {0} languages.
                demo\tFailedOperation.EnglishOnly\tEnglish alone.
                """, files.get(ALL + "search-en"));
        assertEquals("""
                alpha\tInternalError\t内部错误。
                beta\tFailedOperation.Both\t两种。
                beta\tInternalError\t内部 错误 第二行。
                demo\tFailedOperation.Both\t两种语言。
                demo\tFailedOperation.ChineseOnly\t只有中文。
                """, files.get(ALL + "search-zh-CN"), "a tab or line break in a text is a space, never another field or line");
    }

    @Test
    void theIndexVersionNamesEverySourceOnceTheSdksBeforeTheFeed() throws IOException {
        facts("beta", """
                {
                  "product": "beta",
                  "dataVersion": "error centre 2026-08-21",
                  "sources": [
                    {"id": "error-centre", "kind": "ERROR_CENTRE", "title": "error centre", "version": "2026-08-21", "licence": "Tencent"}
                  ],
                  "languages": ["zh-CN"],
                  "codes": {
                    "InternalError": {"apiVersions": ["2019-01-01"], "message": {"zh-CN": {"text": "内部错误。", "source": "error-centre"}}}
                  },
                  "omitted": []
                }
                """);
        facts("gamma", """
                {
                  "product": "gamma",
                  "dataVersion": "tencentcloud-sdk-java 3.2.11",
                  "sources": [
                    {"id": "sdk-zh", "kind": "SDK", "title": "tencentcloud-sdk-java", "version": "3.2.11", "licence": "Apache-2.0"}
                  ],
                  "languages": ["zh-CN"],
                  "codes": {
                    "InternalError": {"apiVersions": ["2019-01-01"], "message": {"zh-CN": {"text": "内部错误。", "source": "sdk-zh"}}}
                  },
                  "omitted": []
                }
                """);
        assertTrue(CompactData.files(dir.resolve("facts")).files().get(ALL + "index")
                .startsWith("errorcatalog-data 2\nversion\ttencentcloud-sdk-java 3.2.11, error centre 2026-08-21\n"));

        Path gamma = dir.resolve("facts/gamma.json");
        Files.writeString(gamma, Files.readString(gamma).replace("\"version\": \"3.2.11\"", "\"version\": \"3.2.11\\tx\\ny\""));
        String index = CompactData.files(dir.resolve("facts")).files().get(ALL + "index");
        assertEquals(List.of("errorcatalog-data 2", "version", "beta", "gamma"), index.lines().map(l -> l.split("\t")[0]).toList(),
                "a tab or a line break in a source's version is no field and no line of the index: " + index);
    }

    @Test
    void mainWritesTheFilesAndLeavesNothingOfAProductGoneSince() throws IOException {
        demo();
        Path out = dir.resolve("out");
        CompactData.main(new String[] {dir.resolve("facts").toString(), out.toString()});
        assertTrue(Files.isRegularFile(out.resolve(ALL + "demo/en.json")));
        Files.delete(dir.resolve("facts/alpha.json"));
        CompactData.main(new String[] {dir.resolve("facts").toString(), out.toString()});
        assertFalse(Files.exists(out.resolve(ALL + "alpha")), "alpha's facts are gone, so are its files");
        assertFalse(Files.readString(out.resolve(ALL + "index")).contains("alpha"));
        assertThrows(GeneratorArgumentException.class, () -> CompactData.main(new String[] {dir.toString()}));
    }

    /** What the refresh writes is what the build step reads: the facts of a product survive the round trip whole. */
    @Test
    void factsReadBackAsWritten() throws IOException {
        Source zh = new Source("sdk-zh", Source.Kind.SDK, "tencentcloud-sdk-java", "3.2.11", "Apache-2.0");
        Source centre = new Source("error-centre", Source.Kind.ERROR_CENTRE, "error centre", "2026-08-21", "Tencent");
        ProductData data = new ProductData("demo", "tencentcloud-sdk-java 3.2.11, error centre 2026-08-21", List.of(zh, centre),
                List.of("en", "zh-CN"), List.of(
                new ProductData.Entry("FailedOperation.A", List.of("2020-01-01"), Map.of("zh-CN", new ProductData.Text(
                        "引号\"、反斜杠\\、换行\n和\u202e控制。", "sdk-zh")), Map.of("zh-CN", new ProductData.Text("请重试。", "error-centre")),
                        Optional.of(URI.create("https://example.com/a")), Optional.empty(), false, Optional.empty())),
                List.of("X.Y_Z: not an error code the catalog can hold (f.java:3)"));
        String text = Facts.write(data);
        assertFalse(text.contains("\u202e"), "a bidirectional control is written as an escape");
        assertEquals(data, Facts.read(facts("demo", text)));
    }

    @Test
    void factsThatDoNotHoldTogetherAreRefusedNamingTheFileAndLine() throws IOException {
        demo();
        Path demo = dir.resolve("facts/demo.json");
        String good = Files.readString(demo);
        Map<String, String> broken = Map.of(
                "names source 'sdk-xx', which the file's sources do not list", good.replace("\"source\": \"sdk-en\"}}, \"helpUrl\"",
                        "\"source\": \"sdk-xx\"}}, \"helpUrl\""),
                "FailedOperation.Both after FailedOperation.ChineseOnly", good.replace("\"FailedOperation.EnglishOnly\"", "\"FailedOperation.Both\""),
                "which is not one of the product's languages", good.replace("\"languages\": [\"en\", \"zh-CN\"]", "\"languages\": [\"en\"]"),
                "has no message", good.replace("\"message\": {\"zh-CN\": {\"text\": \"只有中文。\", \"source\": \"sdk-zh\"}}", "\"message\": {}"),
                "the facts of product 'other' belong in 'other.json'", good.replace("\"product\": \"demo\"", "\"product\": \"other\""));
        broken.forEach((problem, text) -> {
            try {
                Files.writeString(demo, text);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            SourceFormatException e = assertThrows(SourceFormatException.class, () -> CompactData.files(dir.resolve("facts")), problem);
            assertTrue(e.getMessage().startsWith(demo + ":"), e.getMessage());
            assertTrue(e.getMessage().contains(problem), e.getMessage());
        });
    }
}
