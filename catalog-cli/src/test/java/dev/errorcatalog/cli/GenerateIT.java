package dev.errorcatalog.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.errorcatalog.cli.CliIT.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code errorcatalog generate} as a process: what it writes, and what it says when the input is wrong. */
class GenerateIT {
    private static final String SDK = "com/tencentcloudapi/demo/v20200101/DemoErrorCode.java";

    private static Path sdk(Path dir, String enumText) throws Exception {
        Path root = dir.resolve("tencentcloud-sdk-java-1.2.3");
        Files.createDirectories(root.resolve(SDK).getParent());
        Files.writeString(root.resolve(SDK), enumText);
        return root;
    }

    @Test
    void writesAModuleAndSaysWhatItShips(@TempDir Path dir) throws Exception {
        Path sources = sdk(dir, "public enum DemoErrorCode {\n /* 操作失败。 */\n FAILEDOPERATION(\"FailedOperation\"),\n"
                + " /* 演示忙。 */\n FAILEDOPERATION_BUSY(\"FailedOperation.Busy\");\n}\n");
        CliIT.Run r = run("generate", "--product", "demo", "--sdk-sources", sources.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("demo: 2 codes, messages in zh-CN, from tencentcloud-sdk-java 1.2.3\n"
                + "  en not shipped: 2 of 2 codes have no en text in the sources given\nwrote 9 files to "), r.out());
        assertTrue(Files.isRegularFile(dir.resolve("out/src/main/java/errorcatalog/demo/DemoCode.java")));
        assertTrue(Files.readString(dir.resolve("out/src/main/java/module-info.java"))
                .contains("provides dev.errorcatalog.spi.CatalogProvider with errorcatalog.demo.DemoCatalogProvider;"));
        assertEquals("{\n  \"FailedOperation\": \"操作失败。\",\n  \"FailedOperation.Busy\": \"演示忙。\"\n}\n",
                Files.readString(dir.resolve("out/src/main/resources/META-INF/errorcatalog/demo/zh-CN.json")));

        CliIT.Run again = run("generate", "--product", "demo", "--sdk-sources", sources.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, again.exit());
        assertTrue(again.oneErrorLine().contains("exists and is not an empty folder; choose a new one, or --force"), again.err());
    }

    @Test
    void theProductIsTakenInAnyCaseAndAFailureToWriteSaysWhy(@TempDir Path dir) throws Exception {
        Path sources = sdk(dir, "public enum DemoErrorCode {\n /* 操作失败。 */\n FAILEDOPERATION(\"FailedOperation\");\n}\n");
        CliIT.Run upper = run("generate", "--product", " DEMO ", "--sdk-sources", sources.toString(), "--out",
                dir.resolve("upper").toString());
        assertEquals(0, upper.exit(), upper.err());
        assertTrue(upper.out().startsWith("demo: 1 codes"), upper.out());
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        CliIT.Run intoAFile = run("generate", "--product", "demo", "--sdk-sources", sources.toString(), "--out",
                file.toString(), "--force");
        assertEquals(2, intoAFile.exit());
        assertTrue(intoAFile.oneErrorLine().matches("errorcatalog: '.*a-file.*': (already exists|not a folder)"), intoAFile.err());
    }

    @Test
    void aProductTheSdkDoesNotHaveIsNamedWithTheOnesItHas(@TempDir Path dir) throws Exception {
        Path sources = sdk(dir, "public enum DemoErrorCode {\n FAILEDOPERATION(\"FailedOperation\");\n}\n");
        CliIT.Run r = run("generate", "--product", "cvm", "--sdk-sources", sources.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.exit());
        assertTrue(r.oneErrorLine().endsWith("has no error-code enum for product 'cvm'; it has: demo"), r.err());
    }

    @Test
    void anEnumItCannotReadIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Path sources = sdk(dir, "public enum DemoErrorCode {\n FAILEDOPERATION(\"FailedOperation\"),\n BROKEN \"X\");\n}\n");
        CliIT.Run r = run("generate", "--product", "demo", "--sdk-sources", sources.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.exit());
        assertTrue(r.oneErrorLine().contains(SDK + ":3: expected '(' in constant BROKEN"), r.err());
        assertTrue(Files.notExists(dir.resolve("out")), "nothing is written when the input is wrong");
    }

    @Test
    void theSummaryNamesSourcesWithoutAVersionAndPrintsNoControlCharacter(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("my-sdk");
        Files.createDirectories(root.resolve(SDK).getParent());
        Files.writeString(root.resolve(SDK), "public enum DemoErrorCode {\n /* 操作失败。 */\n FAILEDOPERATION(\"FailedOperation\"),\n"
                + " /* 坏。 */\n BAD(\"Bad_\u001b]0;pwned\u0007\");\n}\n");
        CliIT.Run r = run("generate", "--product", "demo", "--sdk-sources", root.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("demo: 1 codes, messages in zh-CN, from my-sdk\n"), r.out());
        assertTrue(r.out().contains("Bad_\\u001b]0;pwned\\u0007"), r.out());
        assertFalse(r.out().contains("\u001b") || r.out().contains("\u0007"), r.out());
    }

    @Test
    void aLinkPlantedInTheOutputFolderIsRefusedEvenWithForce(@TempDir Path dir) throws Exception {
        Path sources = sdk(dir, "public enum DemoErrorCode {\n /* 操作失败。 */\n FAILEDOPERATION(\"FailedOperation\");\n}\n");
        Path precious = Files.writeString(dir.resolve("precious.txt"), "keep me\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("pom.xml"), precious);
        CliIT.Run r = run("generate", "--product", "demo", "--sdk-sources", sources.toString(), "--out", out.toString(), "--force");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.oneErrorLine().contains("pom.xml': a symbolic link"), r.err());
        assertEquals("keep me\n", Files.readString(precious));
    }
}
