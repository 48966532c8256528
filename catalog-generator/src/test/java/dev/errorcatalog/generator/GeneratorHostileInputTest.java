package dev.errorcatalog.generator;

import dev.errorcatalog.i18n.ErrorCatalogException;
import dev.errorcatalog.i18n.Printable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dev.errorcatalog.generator.HostileFiles.DEMO;
import static dev.errorcatalog.generator.HostileFiles.DEMO_ENUM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the generator does with sources and arguments made to hurt it: each case of issue 24's third round. */
class GeneratorHostileInputTest {
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final String ESC = "\u001b]0;pwned\u0007\u001b[2J";

    @TempDir
    Path dir;

    private static ModuleGenerator generator(Path sdk) {
        return generator(sdk, Optional.empty(), Optional.empty());
    }

    private static ModuleGenerator generator(Path sdk, Optional<Path> feed, Optional<Path> translations) {
        return new ModuleGenerator("demo", sdk, Optional.empty(), feed, translations, "errorcatalog.demo", "com.example");
    }

    private Path folder(String enumText) throws IOException {
        Path root = dir.resolve("tencentcloud-sdk-java-1.2.3");
        Files.createDirectories(root.resolve(DEMO).getParent());
        Files.writeString(root.resolve(DEMO), enumText);
        return root;
    }

    private static SourceFormatException failure(ModuleGenerator g) {
        return assertTimeoutPreemptively(BOUND, () -> assertThrows(SourceFormatException.class, g::generate));
    }

    // --- a small jar that inflates to hundreds of megabytes

    @Test
    void anotherProductsEntryThatInflatesToHundredsOfMegabytesIsNeverRead() throws IOException {
        Path jar = HostileFiles.bomb(dir.resolve("tencentcloud-sdk-java-9.9.9-sources.jar"),
                "com/tencentcloudapi/bomb/v20200101/BombErrorCode.java", 200L << 20);
        assertTrue(Files.size(jar) < 1 << 20, "a small jar: " + Files.size(jar));

        ModuleGenerator.Result r = assertTimeoutPreemptively(BOUND, () -> generator(jar).generate());
        assertEquals(2, r.data().entries().size());
    }

    @Test
    void theProductsOwnEntryBeyondTheLimitIsNamedWithTheLimitEvenWhenTheJarUnderstatesItsSize() throws IOException {
        String entry = "com/tencentcloudapi/demo/v20240718/DemoErrorCode.java";
        Path honest = HostileFiles.bomb(dir.resolve("honest.jar"), entry, 200L << 20);
        SourceFormatException e = failure(generator(honest));
        assertEquals(honest + "!/" + entry, e.file());
        assertTrue(e.getMessage().contains("more than 4 MiB"), e.getMessage());

        Path lying = HostileFiles.bomb(dir.resolve("lying.jar"), entry, 200L << 20);
        HostileFiles.lieAboutSize(lying, entry, 100);
        e = failure(generator(lying));
        assertEquals(lying + "!/" + entry, e.file());
        assertTrue(e.getMessage().contains("more than 4 MiB"), e.getMessage());
    }

    @Test
    void aFolderFileBeyondTheLimitIsNamedWithTheLimit() throws IOException {
        Path root = folder(DEMO_ENUM);
        Path big = root.resolve("com/tencentcloudapi/demo/v20240718/DemoErrorCode.java");
        Files.createDirectories(big.getParent());
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(200L << 20); // sparse: no disk is used
        }
        SourceFormatException e = failure(generator(root));
        assertEquals(big.toString(), e.file());
        assertTrue(e.getMessage().contains("more than 4 MiB"), e.getMessage());
    }

    @Test
    void manyEntriesOfTheProductTogetherBeyondTheTotalLimitAreRefused() throws IOException {
        Path jar = dir.resolve("many.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int v = 0; v < 12; v++) {
                zip.putNextEntry(new ZipEntry("com/tencentcloudapi/demo/v2020010" + v + "/DemoErrorCode.java"));
                zip.write("public enum DemoErrorCode {\n /* 好。 */\n A(\"FailedOperation\");\n}\n".getBytes(StandardCharsets.UTF_8));
                HostileFiles.zeros(zip, (4 << 20) - 100);
                zip.closeEntry();
            }
        }
        SourceFormatException e = failure(generator(jar));
        assertEquals(jar.toString(), e.file());
        assertTrue(e.getMessage().contains("more than 32 MiB"), e.getMessage());
    }

    // --- terminal escape sequences

    @Test
    void escapesInEntryNamesAndCodesReachNeitherMessagesNorGeneratedFiles() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(ESC + "/" + DEMO, "public enum DemoErrorCode {\n /* 好。 */\n A(\"FailedOperation\"),\n /* 坏。 */\n B(\"Bad_"
                + ESC + "\");\n}\n");
        Path jar = HostileFiles.jar(dir.resolve("tencentcloud-sdk-java-1.0.0-sources.jar"), entries);
        ModuleGenerator.Result r = generator(jar).generate();
        r.data().omitted().forEach(o -> assertEquals(Printable.of(o), o));
        assertTrue(r.data().omitted().stream().anyMatch(o -> o.contains("Bad_\\u001b]0;pwned\\u0007")), r.data().omitted().toString());
        HostileFiles.assertNoControlCharacters(r.files());

        entries.put(ESC + "/" + DEMO, "public enum DemoErrorCode {\n " + ESC + "(\"A\");\n}\n");
        Path broken = HostileFiles.jar(dir.resolve("broken.jar"), entries);
        SourceFormatException e = failure(generator(broken));
        assertEquals(Printable.of(e.getMessage()), e.getMessage());
        assertTrue(e.getMessage().contains(":2: expected a constant"), e.getMessage());
    }

    @Test
    void whatASourcesFileIsCalledCannotBreakTheGeneratedJavaXmlOrMarkdown() throws Exception {
        // a file name may hold a Java unicode escape as text, XML's and Markdown's characters, and a terminal's escape
        String name = "sdk\\u002a\\u002f int x; \\u002f\\u002a <b>&amp;]]>[x](y)" + ESC + "-1.0.jar";
        Path jar = HostileFiles.jar(dir.resolve(name), Map.of(DEMO, DEMO_ENUM));
        ModuleGenerator.Result r = generator(jar).generate();

        HostileFiles.assertNoControlCharacters(r.files());
        assertEquals("", HostileFiles.compile(r.files(), dir.resolve("build")));
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.files().files().get("pom.xml").getBytes(StandardCharsets.UTF_8)));
        String readme = r.files().files().get("README.md");
        assertFalse(readme.contains("<b>") || readme.contains("[x](y)"), readme);
    }

    // --- values written into generated files

    @ParameterizedTest
    @ValueSource(strings = {"int", "class", "true", "false", "null", "goto", "const", "enum", "com.example.int", "a.b.class",
            "a.goto", "_", "a._"})
    void aJavaKeywordIsNoPackageName(String javaPackage) {
        GeneratorArgumentException e = assertThrows(GeneratorArgumentException.class, () -> new ModuleGenerator("demo",
                dir, Optional.empty(), Optional.empty(), Optional.empty(), javaPackage, "com.example"));
        assertTrue(e.getMessage().contains("is not a Java package name"), e.getMessage());
        assertInstanceOf(ErrorCatalogException.class, e);
    }

    @Test
    void aPackageOfThousandsOfPartsIsRefusedNotAStackOverflow() {
        String javaPackage = "a.".repeat(50_000) + "a";
        GeneratorArgumentException e = assertThrows(GeneratorArgumentException.class, () -> new ModuleGenerator("demo",
                dir, Optional.empty(), Optional.empty(), Optional.empty(), javaPackage, "com.example"));
        assertTrue(e.getMessage().contains("is not a Java package name"), e.getMessage());
        assertTrue(e.getMessage().length() < 300, "the message quotes it shortened");
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.example</groupId><x>", "a&b", "a\"b", "", " ", "a b", "a\nb", ESC})
    void aGroupIdMavenWouldNotTakeIsRefused(String groupId) {
        GeneratorArgumentException e = assertThrows(GeneratorArgumentException.class, () -> new ModuleGenerator("demo",
                dir, Optional.empty(), Optional.empty(), Optional.empty(), "errorcatalog.demo", groupId));
        assertTrue(e.getMessage().contains("is not a Maven group id"), e.getMessage());
        assertEquals(Printable.of(e.getMessage()), e.getMessage());
        assertInstanceOf(ErrorCatalogException.class, e);
    }

    @Test
    void codesWhoseConstantNamesCollideAreLeftOutAndTheModuleCompiles() throws IOException {
        Path sdk = folder("public enum DemoErrorCode {\n /* 一。 */\n A(\"FailedOperation.AB\"),\n /* 二。 */\n B(\"FailedOperation.Ab\"),\n"
                + " /* 三。 */\n C(\"Product\"),\n /* 四。 */\n D(\"FailedOperation\");\n}\n");
        ModuleGenerator.Result r = generator(sdk).generate();
        assertEquals("", HostileFiles.compile(r.files(), dir.resolve("build")));
        assertEquals(2, r.data().entries().size(), r.data().entries().toString());
        String omitted = String.join("\n", r.data().omitted());
        assertTrue(omitted.contains("FailedOperation.Ab") && omitted.contains("Product"), omitted);
    }

    // --- errors name the file, and the line where they are about one

    @Test
    void aSourceFormatExceptionNamesTheFileAndTheLineEscaped() {
        // that it is an ErrorCatalogException is the compiler's to check; what can fail is what its message says
        assertEquals("x\\u001b.java:7: y", new SourceFormatException("x\u001b.java", 7, "y").getMessage());
        assertEquals("x.java: y", new SourceFormatException("x.java", 0, "y").getMessage());
    }

    @Test
    void aFolderFileThatIsNotUtf8IsNamedWithItsLine() throws IOException {
        Path root = folder("");
        Files.write(root.resolve(DEMO), ("public enum DemoErrorCode {\n /* 好。 */\n /* \u00ff */ A(\"A\");\n}\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        SourceFormatException e = failure(generator(root));
        assertEquals(root.resolve(DEMO).toString(), e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void anEntryThatCannotBeInflatedIsNamed() throws IOException {
        Path jar = HostileFiles.jar(dir.resolve("corrupt.jar"), Map.of(DEMO, DEMO_ENUM + " ".repeat(2000)));
        HostileFiles.corrupt(jar, DEMO);
        SourceFormatException e = failure(generator(jar));
        assertEquals(jar + "!/" + DEMO, e.file());
    }

    @Test
    void aMaintainersCodeThatIsNotACodeIsNamedWithFileAndLine() throws IOException {
        Path sdk = folder(DEMO_ENUM);
        Path ours = Files.writeString(dir.resolve("ours.json"), "{\"messages\": {\"en\": {\n  \"FailedOperation\": \"Failed.\",\n"
                + "  \"Not A Code\": \"Oops.\"}}}\n");
        SourceFormatException e = failure(generator(sdk, Optional.empty(), Optional.of(ours)));
        assertEquals(ours.toString(), e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("'Not A Code' is not an error code"), e.getMessage());
    }

    @Test
    void aMaintainersListWithSomethingElseThanCodesIsNamedWithFileAndLine() throws IOException {
        Path sdk = folder(DEMO_ENUM);
        Path ours = Files.writeString(dir.resolve("ours.json"), "{\"retryCoversSubcodes\": [\"FailedOperation\",\n 1]}\n");
        SourceFormatException e = failure(generator(sdk, Optional.empty(), Optional.of(ours)));
        assertEquals(ours.toString(), e.file());
        assertEquals(2, e.line());
    }

    @Test
    void aFeedWhoseRowIsNotAnObjectIsNamedWithFileAndLine() throws IOException {
        Path sdk = folder(DEMO_ENUM);
        Path feed = Files.writeString(dir.resolve("feed.json"), "[\n1,\n{\"productName\": \"demo\", \"code\": \"FailedOperation\"}]\n");
        SourceFormatException e = failure(generator(sdk, Optional.of(feed), Optional.empty()));
        assertEquals(feed.toString(), e.file());
        assertEquals(2, e.line());
    }

    @Test
    void aLinkWhoseTargetIsNoAddressStaysText() throws IOException {
        Path sdk = folder("public enum DemoErrorCode {\n /* 见[文档](a\"b\\\\c)。 */\n A(\"FailedOperation\"),\n"
                + " /* 见[另一个](javascript:alert(1)。 */\n B(\"FailedOperation.Busy\");\n}\n");
        ModuleGenerator.Result r = assertTimeoutPreemptively(BOUND, () -> generator(sdk).generate());
        assertEquals(Optional.empty(), r.data().entries().get(0).helpUrl());
        assertEquals(Optional.empty(), r.data().entries().get(1).helpUrl(), "only http and https links are help");
        assertEquals("见文档。", r.data().entries().get(0).messages().get("zh-CN").text());
    }

    @Test
    void aLoneSurrogateInAFeedIsNamedWithFileAndLine() throws IOException {
        Path sdk = folder("public enum DemoErrorCode {\n A(\"FailedOperation\");\n}\n");
        Path feed = Files.writeString(dir.resolve("feed.json"), "[\n{\"productName\": \"demo\", \"code\": \"FailedOperation\",\n"
                + " \"description\": \"坏\\ud800\"}]\n");
        SourceFormatException e = failure(generator(sdk, Optional.of(feed), Optional.empty()));
        assertEquals(feed.toString(), e.file());
        assertEquals(3, e.line());
    }

    @Test
    void aFolderGivenAsAFileIsNamed() throws IOException {
        Path sdk = folder(DEMO_ENUM);
        Path notAFile = Files.createDirectories(dir.resolve("feed.json"));
        SourceFormatException e = failure(generator(sdk, Optional.of(notAFile), Optional.empty()));
        assertEquals(notAFile.toString(), e.file());
        e = failure(generator(sdk, Optional.empty(), Optional.of(notAFile)));
        assertEquals(notAFile.toString(), e.file());
    }

    @Test
    void anEnumWithoutOneCodeTheCatalogCanHoldNamesTheEnum() throws IOException {
        Path sdk = folder("public enum DemoErrorCode {\n /* 一。 */\n A(\"Bad_Code\"),\n /* 二。 */\n B(\"Also.\");\n}\n");
        SourceFormatException e = failure(generator(sdk));
        assertEquals(sdk.resolve(DEMO).toString(), e.file());
    }

    @Test
    void anEnumWithoutTextForAnyCodeIsAnErrorNotAnEmptyModule() throws IOException {
        Path sdk = folder("public enum DemoErrorCode {\n A(\"FailedOperation\"),\n B(\"FailedOperation.Busy\");\n}\n");
        SourceFormatException e = failure(generator(sdk));
        assertEquals(sdk.resolve(DEMO).toString(), e.file());
        assertTrue(e.getMessage().contains("no code"), e.getMessage());
    }
}
