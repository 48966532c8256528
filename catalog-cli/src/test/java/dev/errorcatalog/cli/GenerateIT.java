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

    private static final Path JAR = Path.of(System.getProperty("errorcatalog.jar", "target/errorcatalog.jar"));

    /** Runs the command line with {@code extra} on the class path after the jar (a product module of one's own). */
    private static CliIT.Run runWith(Path extra, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", JAR + java.io.File.pathSeparator + extra, "dev.errorcatalog.cli.Main"));
        command.addAll(java.util.Arrays.asList(args));
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        var out = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the command did not finish in time: " + command);
        }
        return new CliIT.Run(p.exitValue(), new String(out.get(), java.nio.charset.StandardCharsets.UTF_8),
                new String(err.get(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

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
    void theBuildHintNeedsOnlyAJdkFromTheCheckout(@TempDir Path dir) throws Exception {
        Path sources = sdk(dir, "public enum DemoErrorCode {\n /* 操作失败。 */\n FAILEDOPERATION(\"FailedOperation\");\n}\n");
        Path root = Path.of("..").toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(root.resolve("mvnw")));
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString(),
                "generate", "--product", "demo", "--sdk-sources", sources.toString(), "--out", dir.resolve("out").toString()));
        Process p = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.endsWith("; build it with: ./mvnw -f " + dir.resolve("out/pom.xml") + " verify\n"), out);
        // elsewhere (no wrapper in the folder) Maven's own command, saying what the wrapper needs
        CliIT.Run away = run("generate", "--product", "demo", "--sdk-sources", sources.toString(), "--out", dir.resolve("away").toString());
        assertTrue(away.out().endsWith(" verify (Maven 3.9 or later; or the catalog checkout's ./mvnw, which needs only a JDK)\n"), away.out());
    }

    @Test
    void anUnknownProductGetsTheClosestIdsAndACountNotAWall(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("tencentcloud-sdk-java-1.2.3");
        for (String product : java.util.List.of("cvm", "cdn", "cbs", "clb", "cls", "kms", "vod", "live")) {
            String type = Character.toUpperCase(product.charAt(0)) + product.substring(1) + "ErrorCode";
            Path file = root.resolve("com/tencentcloudapi/" + product + "/v20200101/" + type + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "public enum " + type + " {\n /* 失败。 */\n FAILEDOPERATION(\"FailedOperation\");\n}\n");
        }
        CliIT.Run r = run("generate", "--product", "cvmm", "--sdk-sources", root.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.exit());
        assertTrue(r.oneErrorLine().endsWith("has no error-code enum for product 'cvmm'; did you mean cvm? (it has 8 products)"), r.err());
        CliIT.Run far = run("generate", "--product", "zzzzzz", "--sdk-sources", root.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, far.exit());
        assertTrue(far.oneErrorLine().endsWith("has no error-code enum for product 'zzzzzz'; it has 8 products: cbs, cdn, clb, cls, cvm, …"),
                far.err());
    }

    @Test
    void aProductTheCatalogShipsIsRefusedUnlessAnOverlayIsAskedFor(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("tencentcloud-sdk-java-9.9.9");
        Path file = root.resolve("com/tencentcloudapi/kms/v20190118/KmsErrorCode.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "public enum KmsErrorCode {\n /* CMK 已被禁用（我们的说法）。 */\n"
                + " RESOURCEUNAVAILABLE_CMKDISABLED(\"ResourceUnavailable.CmkDisabled\"),\n"
                + " /* 新的错误。 */\n FAILEDOPERATION_BRANDNEW(\"FailedOperation.BrandNew\");\n}\n");
        CliIT.Run refused = run("generate", "--product", "KMS", "--sdk-sources", root.toString(), "--out", dir.resolve("kms").toString());
        assertEquals(2, refused.exit(), refused.out());
        assertTrue(refused.oneErrorLine().contains("the catalog already ships 'kms' in a module of its own"), refused.err());
        assertTrue(refused.err().contains("--overlay"), refused.err());
        assertTrue(Files.notExists(dir.resolve("kms")), "nothing is written");

        Path out = dir.resolve("kms-overlay");
        CliIT.Run overlay = run("generate", "--product", "kms", "--overlay", "--package", "com.example.kms",
                "--sdk-sources", root.toString(), "--out", out.toString());
        assertEquals(0, overlay.exit(), overlay.err());
        assertTrue(overlay.out().contains("an overlay of the catalog's kms"), overlay.out());
        // the overlay beside the command line: its codes added and its text in front, the shipped product still used
        Path classes = Files.createDirectories(dir.resolve("classes"));
        java.util.List<String> javac = new java.util.ArrayList<>(java.util.List.of("-cp",
                // the generated classes' @API status is for compilers: the command line's jar leaves it out
                JAR + java.io.File.pathSeparator + Path.of(org.apiguardian.api.API.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
                "-d", classes.toString()));
        try (var sources = Files.walk(out.resolve("src/main/java"))) {
            sources.filter(f -> f.toString().endsWith(".java") && !f.endsWith("module-info.java")).forEach(f -> javac.add(f.toString()));
        }
        assertEquals(0, javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, javac.toArray(String[]::new)));
        try (var resources = Files.walk(out.resolve("src/main/resources"))) {
            for (Path f : resources.filter(Files::isRegularFile).toList()) {
                Path to = classes.resolve(out.resolve("src/main/resources").relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        CliIT.Run answered = runWith(classes, "lookup", "-p", "kms", "-l", "zh-CN",
                "ResourceUnavailable.CmkDisabled", "FailedOperation.BrandNew", "InvalidParameterValue.InvalidKeyId");
        assertEquals(0, answered.exit(), answered.err());
        assertTrue(answered.out().contains("CMK 已被禁用（我们的说法）。"), answered.out());
        assertTrue(answered.out().contains("新的错误。"), answered.out());
        assertTrue(answered.out().contains("matched:     kms:InvalidParameterValue.InvalidKeyId (exact)"), answered.out());
    }

    @Test
    void aProductOfCatalogAllsDataIsReplacedOnlyWhenAskedFor(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("tencentcloud-sdk-java-9.9.9");
        Path file = root.resolve("com/tencentcloudapi/cvm/v20170312/CvmErrorCode.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "public enum CvmErrorCode {\n /* 新的错误。 */\n FAILEDOPERATION_BRANDNEW(\"FailedOperation.BrandNew\");\n}\n");
        for (String option : java.util.List.of("--force", "--overlay")) {
            CliIT.Run refused = run("generate", "--product", "cvm", option, "--sdk-sources", root.toString(), "--out", dir.resolve("cvm").toString());
            assertEquals(2, refused.exit(), refused.out());
            assertTrue(refused.oneErrorLine().contains("the catalog already ships 'cvm' from catalog-all's data"), refused.err());
            assertTrue(refused.err().contains("--replace"), refused.err());
            assertTrue(Files.notExists(dir.resolve("cvm")), "nothing is written");
        }
        CliIT.Run replaced = run("generate", "--product", "cvm", "--replace", "--sdk-sources", root.toString(), "--out", dir.resolve("cvm").toString());
        assertEquals(0, replaced.exit(), replaced.err());
        assertTrue(replaced.out().contains("\n  beside the catalog it takes the place of catalog-all's cvm: only its codes are answered\n"),
                replaced.out());
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
