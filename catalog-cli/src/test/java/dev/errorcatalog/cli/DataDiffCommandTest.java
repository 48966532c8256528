package dev.errorcatalog.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** errorcatalog data-diff: the generator's comparison of two releases' facts, as text or JSON. */
class DataDiffCommandTest {
    @TempDir
    Path dir;

    private static String facts(String version, String zh) {
        return "{\n  \"product\": \"cvm\",\n  \"dataVersion\": \"x\",\n  \"sources\": [\n"
                + "    {\"id\": \"sdk-zh\", \"kind\": \"SDK\", \"title\": \"tencentcloud-sdk-java\", \"version\": \"" + version
                + "\", \"licence\": \"Apache-2.0\"}\n  ],\n  \"languages\": [\"zh-CN\"],\n  \"codes\": {\n"
                + "    \"AuthFailure\": {\"apiVersions\": [\"2017-03-12\"], \"message\": {\"zh-CN\": {\"text\": \"" + zh
                + "\", \"source\": \"sdk-zh\"}}}\n  },\n  \"omitted\": []\n}\n";
    }

    private Path folder(String name, String version, String zh) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("cvm.json"), facts(version, zh));
        return folder;
    }

    @Test
    void showsTheCodesReworded() throws IOException {
        Path old = folder("old", "3.2.11", "鉴权失败");
        Path now = folder("new", "3.2.12", "鉴权失败。");
        ExplainCommandTest.Result text = ExplainCommandTest.cli("data-diff", old.toString(), now.toString());
        assertEquals(ExitCode.OK, text.exit(), text.err());
        assertEquals("""
                1 product changed (0 added, 0 removed): 0 codes added, 0 removed, 1 reworded
                old data: tencentcloud-sdk-java 3.2.11
                new data: tencentcloud-sdk-java 3.2.12

                cvm: 0 added, 0 removed, 1 reworded
                  ~ AuthFailure
                      zh-CN: "鉴权失败" → "鉴权失败。"
                """, text.out());
        ExplainCommandTest.Result json = ExplainCommandTest.cli("data-diff", "--format", "JSON", old.toString(), old.toString());
        assertEquals("""
                {"oldVersion": "tencentcloud-sdk-java 3.2.11", "newVersion": "tencentcloud-sdk-java 3.2.11", \
                "summary": {"products": {"added": 0, "removed": 0, "changed": 0}, "codes": {"added": 0, "removed": 0, "reworded": 0}}, "notCompared": {}, \
                "products": []}
                """, json.out());
    }

    @Test
    void aFolderThatIsNotThereIsOneErrorLine() throws IOException {
        Path old = folder("old", "3.2.11", "鉴权失败");
        ExplainCommandTest.Result r = ExplainCommandTest.cli("data-diff", old.toString(), dir.resolve("nope").toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.errorLine().endsWith("nope: no such folder of facts files"), r.err());
    }
}
