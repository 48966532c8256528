package dev.errorcatalog.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SdkSourcesTest {
    private static final String V1 = "com/tencentcloudapi/demo/v20200101/DemoErrorCode.java";
    private static final String V2 = "com/tencentcloudapi/demo/v20240718/DemoErrorCode.java";
    private static final String OTHER = "com/tencentcloudapi/demo/v20200101/models/Thing.java";

    private static void write(Path root, String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text, StandardCharsets.UTF_8);
    }

    @Test
    void aFolderAndAJarWithTheSameFilesReadTheSame(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("tencentcloud-sdk-java-3.2.11");
        write(folder, V1, "public enum DemoErrorCode { /* 一 */ A(\"A\"); }");
        write(folder, V2, "public enum DemoErrorCode { B(\"B\"); }");
        write(folder, OTHER, "class Thing {}");
        Path jar = dir.resolve("tencentcloud-sdk-java-3.1.1436-sources.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String p : List.of(V1, V2, OTHER)) {
                zip.putNextEntry(new ZipEntry(p));
                zip.write(Files.readAllBytes(folder.resolve(p)));
                zip.closeEntry();
            }
        }
        SdkSources fromFolder = SdkSources.open(folder);
        SdkSources fromJar = SdkSources.open(jar);
        assertEquals("tencentcloud-sdk-java", fromFolder.title());
        assertEquals("3.2.11", fromFolder.version());
        assertEquals("3.1.1436", fromJar.version());
        assertEquals(List.of("demo"), fromJar.products());
        assertEquals(List.of("2020-01-01", "2024-07-18"), List.copyOf(fromJar.product("demo").orElseThrow().keySet()));
        assertEquals(fromFolder.product("demo").orElseThrow().get("2020-01-01").constants(),
                fromJar.product("demo").orElseThrow().get("2020-01-01").constants());
        assertTrue(fromJar.product("cvm").isEmpty());
    }

    @Test
    void aPathWithoutEnumsOrNotThereSaysSo(@TempDir Path dir) throws IOException {
        write(dir, OTHER, "class Thing {}");
        assertTrue(assertThrows(SourceFormatException.class, () -> SdkSources.open(dir)).getMessage()
                .endsWith("holds no com/tencentcloudapi/<product>/v<date>/<Product>ErrorCode.java"));
        assertTrue(assertThrows(SourceFormatException.class, () -> SdkSources.open(dir.resolve("nope.jar"))).getMessage()
                .endsWith("nope.jar: no such folder or jar"));
        Path notAJar = dir.resolve("x.jar");
        Files.writeString(notAJar, "plain text");
        assertTrue(assertThrows(SourceFormatException.class, () -> SdkSources.open(notAJar)).getMessage()
                .contains("not a folder and not a readable jar"));
    }
}
