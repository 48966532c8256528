package dev.errorcatalog.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A refresh from newer official lists than ../shared's: the facts come from them, and the data version names them. */
class RefreshSourcesTest {
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final String EN_ENUM = "public enum DemoErrorCode {\n /* Operation failed. */\n FAILEDOPERATION(\"FailedOperation\"),\n"
            + " /* The demo is busy. */\n FAILEDOPERATION_BUSY(\"FailedOperation.Busy\");\n}\n";
    private static final String GO_CLIENT = """
            // DescribeDemo
            // 查询演示
            //
            // 可能返回的错误码:
            //  FAILEDOPERATION_BUSY = "FailedOperation.Busy"
            func (c *Client) DescribeDemo(request *DescribeDemoRequest) (response *DescribeDemoResponse, err error) {
                return c.DescribeDemoWithContext(context.Background(), request)
            }
            """;
    private static final String FEED = "[{\"productName\":\"demo\",\"productVersion\":\"2020-01-01\",\"code\":\"FailedOperation.Busy\","
            + "\"description\":\"演示忙。\",\"solution\":\"稍后重试。\",\"productCNName\":\"演示\"}]";

    @TempDir
    Path dir;

    /** A made-up release of each list: a Chinese sources jar, an English folder, a feed with its date in its name. */
    private Refresh.Lists lists(String feedName, String... options) throws IOException {
        Path jar = HostileFiles.jar(dir.resolve("tencentcloud-sdk-java-9.9.1436-sources.jar"), Map.of(HostileFiles.DEMO, HostileFiles.DEMO_ENUM));
        Path en = dir.resolve("tencentcloud-sdk-java-intl-en-8.1.2");
        Files.createDirectories(en.resolve(HostileFiles.DEMO).getParent());
        Files.writeString(en.resolve(HostileFiles.DEMO), EN_ENUM);
        Path feed = Files.writeString(dir.resolve(feedName), FEED);
        Path go = dir.resolve("tencentcloud-sdk-go-7.1.3");
        Files.createDirectories(go.resolve("tencentcloud/demo/v20200101"));
        Files.writeString(go.resolve("tencentcloud/demo/v20200101/client.go"), GO_CLIENT);
        List<String> args = new java.util.ArrayList<>(List.of("--sdk-zh", jar.toString(), "--sdk-en", en.toString(), "--feed", feed.toString(),
                "--sdk-go", go.toString()));
        args.addAll(List.of(options));
        return Refresh.Lists.parse(dir.resolve("no-shared"), args);
    }

    @Test
    void factsFromAGivenJarFolderAndFeedNameTheirVersions() throws IOException {
        FileSet facts = Refresh.facts(PROJECT, lists("error-codes-2027-01-02.json"));
        assertEquals(List.of(Refresh.FACTS + "demo.json"), List.copyOf(facts.files().keySet()));
        String version = "tencentcloud-sdk-java 9.9.1436, tencentcloud-sdk-java-intl-en 8.1.2,"
                + " Tencent Cloud error centre (teco-api-models mirror) 2027-01-02";
        String demo = facts.files().get(Refresh.FACTS + "demo.json");
        assertTrue(demo.contains("\"dataVersion\": \"" + version + "\""), demo);
        assertTrue(demo.contains("\"FailedOperation.Busy\": {\"apiVersions\": [\"2020-01-01\"], \"message\": {\"en\": {\"text\": \"The demo is busy.\""
                + ", \"source\": \"sdk-en\"}, \"zh-CN\": {\"text\": \"演示忙。\", \"source\": \"sdk-zh\"}}, \"solution\": {\"zh-CN\": {\"text\": \"稍后重试。\""
                + ", \"source\": \"error-centre\"}}, \"retry\": {\"advice\": \"TRANSIENT\", \"rule\": \"retry-later\", \"evidence\":"
                + " \"zh-CN solution: 稍后重试。 (\\\"稍后重试\\\")\"}}"), demo);

        assertTrue(demo.contains("""
                  "actions": {"source": {"title": "tencentcloud-sdk-go", "version": "7.1.3", "licence": "Apache-2.0"}, "versions": {
                    "2020-01-01": {
                      "DescribeDemo": ["FailedOperation.Busy"]
                    }
                  }},
                """), demo);

        // catalog-all's build names the same versions in its index
        facts.writeTo(dir.resolve("project"));
        Map<String, String> runtime = CompactData.files(dir.resolve("project").resolve(Refresh.FACTS)).files();
        String index = runtime.entrySet().stream().filter(e -> e.getKey().endsWith("/index")).findFirst().orElseThrow().getValue();
        assertEquals("version\t" + version, index.lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void aFeedVersionGivenOutrightWins() throws IOException {
        FileSet facts = Refresh.facts(PROJECT, lists("feed.json", "--feed-version", "2027-02-03"));
        assertTrue(facts.files().get(Refresh.FACTS + "demo.json").contains("mirror) 2027-02-03\""));
    }

    @Test
    void withoutOptionsTheListsAreTodaysInShared() {
        Path shared = dir.resolve("shared");
        Refresh.Lists today = Refresh.Lists.parse(shared, List.of());
        assertEquals(Refresh.Lists.of(shared), today);
        assertEquals(shared.resolve("sources/tencentcloud-sdk-java-3.2.11"), today.sdkZh());
        assertEquals(shared.resolve("sources/error-center/error-codes-vod-kms-live.json"), today.moduleFeed());
        assertEquals("2026-08-21", today.feedVersion());
        Refresh.Lists newerZh = Refresh.Lists.parse(shared, List.of("--sdk-zh", "tencentcloud-sdk-java-3.1.1436-sources.jar"));
        assertEquals(Path.of("tencentcloud-sdk-java-3.1.1436-sources.jar").toAbsolutePath(), newerZh.sdkZh());
        assertEquals(today.sdkEn(), newerZh.sdkEn());
        assertEquals(today.feed(), newerZh.feed());
    }

    @Test
    void optionsThatLeaveAVersionUnknownOrMakeNoSenseAreRefusedSayingWhy() {
        Path shared = dir.resolve("shared");
        Map<List<String>, String> refused = Map.of(
                List.of("--sdk", "x"), "unknown option '--sdk' (known: " + Refresh.OPTIONS + ")",
                List.of("--sdk-zh"), "--sdk-zh needs a value",
                List.of("--feed", "a-2027-01-01.json", "--feed", "b-2027-01-01.json"), "--feed is given twice",
                List.of("--sdk-zh", "sdk-sources.jar"), "the data version names each SDK's release, read from its name: 'sdk-sources.jar'"
                        + " is not named <sdk>-<version>[-sources][.jar] (tencentcloud-sdk-java-3.1.1436-sources.jar)",
                List.of("--feed", "feed.json"), "the data version names the feed's version: give --feed-version (the day it was taken,"
                        + " 2026-12-01) or a file name with that date, not 'feed.json'",
                List.of("--feed-version", "2027-01-01"), "--feed-version without --feed: today's feed is 2026-08-21",
                List.of("--feed", "feed.json", "--feed-version", "a b"), "the feed's version 'a b' is not a word of printable ASCII");
        refused.forEach((options, message) -> assertEquals(message,
                assertThrows(GeneratorArgumentException.class, () -> Refresh.Lists.parse(shared, options), options::toString).getMessage()));
    }
}
