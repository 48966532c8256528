package dev.errorcatalog.generator;

import dev.errorcatalog.CodeConstant;
import dev.errorcatalog.i18n.Printable;
import org.apiguardian.api.API;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Hostile input made in a test's folder: jars built with java.util.zip, streamed, never held whole in memory. */
final class HostileFiles {
    static final String DEMO = "com/tencentcloudapi/demo/v20200101/DemoErrorCode.java";

    /** A Go client folder named as a release, with the demo product's one action listing FailedOperation. */
    static java.nio.file.Path goClient(java.nio.file.Path folder) throws java.io.IOException {
        java.nio.file.Path client = folder.resolve("tencentcloud/demo/v20200101/client.go");
        java.nio.file.Files.createDirectories(client.getParent());
        java.nio.file.Files.writeString(client, "// 可能返回的错误码:\n//  FAILEDOPERATION = \"FailedOperation\"\n"
                + "func (c *Client) DescribeDemo(request *DescribeDemoRequest) (response *DescribeDemoResponse, err error) {\n}\n");
        return folder;
    }
    static final String DEMO_ENUM = "public enum DemoErrorCode {\n /* 操作失败。 */\n FAILEDOPERATION(\"FailedOperation\"),\n"
            + " /* 演示忙。 */\n FAILEDOPERATION_BUSY(\"FailedOperation.Busy\");\n}\n";

    private HostileFiles() {
    }

    /** A jar of these entries, deflated, in this order. */
    static Path jar(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Writes {@code count} zero bytes a megabyte at a time. */
    static void zeros(OutputStream out, long count) throws IOException {
        byte[] block = new byte[1 << 20];
        for (long left = count; left > 0; left -= block.length) {
            out.write(block, 0, (int) Math.min(block.length, left));
        }
    }

    /** A jar with the demo enum and one entry that inflates to {@code size} zero bytes. */
    static Path bomb(Path file, String entry, long size) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(DEMO));
            zip.write(DEMO_ENUM.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(entry));
            zeros(zip, size);
            zip.closeEntry();
        }
        return file;
    }

    /**
     * Makes the central directory say an entry holds {@code size} bytes, whatever it inflates to, as a hostile jar
     * may: the reader must not trust it.
     */
    static void lieAboutSize(Path jar, String entry, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(jar);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 <= bytes.length; i++) {
            if (b.getInt(i) == 0x02014b50 && b.getShort(i + 28) == name.length
                    && java.util.Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
                b.putInt(i + 24, size);
                Files.write(jar, bytes);
                return;
            }
        }
        fail("no central directory entry " + entry);
    }

    /** Overwrites the first compressed bytes of an entry, so inflating it fails part way. */
    static void corrupt(Path jar, String entry) throws IOException {
        byte[] bytes = Files.readAllBytes(jar);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 30 <= bytes.length; i++) {
            if (b.getInt(i) == 0x04034b50 && b.getShort(i + 26) == name.length
                    && java.util.Arrays.equals(bytes, i + 30, i + 30 + name.length, name, 0, name.length)) {
                int data = i + 30 + name.length + b.getShort(i + 28);
                for (int k = 0; k < 8; k++) {
                    bytes[data + k] = (byte) 0xff;
                }
                Files.write(jar, bytes);
                return;
            }
        }
        fail("no local entry " + entry);
    }

    /** Every line of every generated file, as the generator would write it, is printable: no control character. */
    static void assertNoControlCharacters(FileSet files) {
        files.files().forEach((path, content) -> content.lines().forEach(line ->
                assertEquals(Printable.of(line), line, "a control character in " + path)));
    }

    /**
     * Compiles the generated Java sources (not module-info) against the library, as the module's own build would.
     *
     * @return javac's messages, empty when it compiled
     */
    static String compile(FileSet files, Path dir) throws IOException {
        files.writeTo(dir.resolve("module"));
        List<String> sources = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir.resolve("module/src/main/java"))) {
            all.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java")).forEach(p -> sources.add(p.toString()));
        }
        List<String> args = new ArrayList<>(List.of("-d", dir.resolve("classes").toString(), "-encoding", "UTF-8", "-proc:none",
                // the generated classes carry @API, which comes with core as a compile dependency
                "-cp", location(CodeConstant.class) + java.io.File.pathSeparator + location(Printable.class)
                        + java.io.File.pathSeparator + location(API.class)));
        args.addAll(sources);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = javac.run(null, err, err, args.toArray(String[]::new));
        return exit == 0 ? "" : err.toString(StandardCharsets.UTF_8);
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
