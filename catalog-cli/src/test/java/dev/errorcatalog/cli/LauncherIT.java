package dev.errorcatalog.cli;

import dev.errorcatalog.all.EveryProduct;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.errorcatalog.cli.CliIT.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The launcher (catalog-cli/errorcatalog) as a person installs and runs it: through a symbolic link on the PATH, the
 * way the README documents; the version it prints; and the quick path and class-data sharing archive that make
 * lookup, explain and search start fast answering exactly as the command line does (speed itself is measured by
 * measure-startup.sh, not here).
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("errorcatalog").toAbsolutePath();
    private static final Path JAR = Path.of(System.getProperty("errorcatalog.jar", "target/errorcatalog.jar")).toAbsolutePath();
    private static final Path ROOT = LAUNCHER.getParent().getParent();
    private static final String SDK_LINE = "[TencentCloudSDKException]code:InvalidParameterValue.FileIdsTooMany message:too many requestId:r-1";

    /** Runs a command (no shell in between unless it is one) with these variables added to the environment. */
    private static CliIT.Run exec(Map<String, String> env, Path dir, String... command) throws Exception {
        ProcessBuilder b = new ProcessBuilder(command).directory(dir.toFile());
        b.environment().putAll(env);
        Process p = b.start();
        p.getOutputStream().close();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("did not finish in time: " + String.join(" ", command));
        }
        return new CliIT.Run(p.exitValue(), new String(out.get(), StandardCharsets.UTF_8), new String(err.get(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertAnswersInChinese(CliIT.Run r) {
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err(), "no warning from the JVM or the shell");
        assertTrue(r.out().contains("  message:     参数值错误：FileId 过多。\n"), r.out());
    }

    @Test
    void aSymbolicLinkToTheLauncherFindsItsJar(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path absolute = Files.createSymbolicLink(bin.resolve("errorcatalog"), LAUNCHER);
        assertAnswersInChinese(exec(Map.of(), dir, absolute.toString(), "lookup", "-p", "vod", "-l", "zh-CN",
                "InvalidParameterValue.FileIdsTooMany"));
        // a chain of links, the last one relative to the folder it is in (as `ln -s ../x y` makes)
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.createSymbolicLink(other.resolve("ec"), Path.of("../bin/errorcatalog"));
        Path chain = Files.createSymbolicLink(dir.resolve("ec2"), Path.of("other/ec"));
        assertAnswersInChinese(exec(Map.of(), dir, chain.toString(), "lookup", "-p", "vod", "-l", "zh-CN",
                "InvalidParameterValue.FileIdsTooMany"));
        // called by a relative name from the folder the link is in
        assertAnswersInChinese(exec(Map.of(), bin, "./errorcatalog", "lookup", "-p", "vod", "-l", "zh-CN",
                "InvalidParameterValue.FileIdsTooMany"));
        unlink(chain, other.resolve("ec"), absolute);
    }

    /** Removes the test's links itself: JUnit warns of each link to outside its folder that it has to delete. */
    private static void unlink(Path... links) throws java.io.IOException {
        for (Path link : links) {
            Files.deleteIfExists(link);
        }
    }

    @Test
    void theReadmesWayToInstallPutsItOnThePath(@TempDir Path home) throws Exception {
        List<String> readme = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int begin = readme.indexOf("<!-- install:begin -->");
        int end = readme.indexOf("<!-- install:end -->");
        assertTrue(begin >= 0 && end > begin, "the README marks its install block");
        // the lines that put it on the PATH, as written (the build before them is what this test runs after)
        List<String> install = readme.subList(begin, end).stream()
                .filter(l -> l.startsWith("mkdir ") || l.startsWith("ln ")).map(l -> l.replaceAll("\\s+#.*", "")).toList();
        assertEquals(2, install.size(), "mkdir and ln: " + readme.subList(begin, end));
        CliIT.Run installed = exec(Map.of("HOME", home.toString()), ROOT, "sh", "-c", String.join("\n", install));
        assertEquals(0, installed.exit(), installed.err());
        assertTrue(Files.isSymbolicLink(home.resolve(".local/bin/errorcatalog")));
        // found through the PATH by a shell, as a person types it
        String path = home.resolve(".local/bin") + ":" + System.getenv("PATH");
        assertAnswersInChinese(exec(Map.of("HOME", home.toString(), "PATH", path), home, "sh", "-c",
                "errorcatalog lookup -p vod -l zh-CN InvalidParameterValue.FileIdsTooMany"));
        CliIT.Run version = exec(Map.of("HOME", home.toString(), "PATH", path), home, "sh", "-c", "errorcatalog --version");
        assertEquals(0, version.exit(), version.err());
        assertTrue(version.out().startsWith("errorcatalog "), version.out());
        unlink(home.resolve(".local/bin/errorcatalog"));
    }

    @Test
    void withoutTheJarTheLauncherSaysHowToBuildIt(@TempDir Path dir) throws Exception {
        Path copy = Files.copy(LAUNCHER, dir.resolve("errorcatalog"));
        CliIT.Run r = exec(Map.of(), dir, "sh", copy.toString(), "--version");
        assertEquals(2, r.exit(), r.out());
        assertEquals("errorcatalog: no jar at " + dir.toRealPath().resolve("target/errorcatalog.jar")
                + "; build it with: ./mvnw -q -pl catalog-cli -am package -DskipTests\n", r.err());
    }

    @Test
    void versionNamesTheCatalogsDataVersion() throws Exception {
        CliIT.Run r = run("--version");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertTrue(lines.get(0).matches("errorcatalog \\S+"), r.out());
        String data = new EveryProduct().dataVersion();
        assertFalse(data.isBlank());
        assertEquals("data: " + data + " (" + new EveryProduct().summaries().size() + " products of the official lists)",
                lines.get(1));
        assertEquals(r.out(), run("-V").out());
    }

    // The quick path: explain and search, as lookup, answered without building picocli's command line ("--" is an
    // argument the quick path leaves to it), with the same output.

    @Test
    void aQuickExplainAnswersExactlyAsTheCommandLineDoes(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("response.json"), "{\"Response\":{\"Error\":{\"Code\":\"FailedOperation.InvalidVodUser\","
                + "\"Message\":\"no\"},\"RequestId\":\"req-9\"}}");
        // each option form and each kind of input once, a failure among them (the command line's line and exit code)
        assertSame(List.of("-l", "zh-CN"), SDK_LINE, "explain");
        assertSame(List.of("-P", "VOD", "--format", "json"), file.toString(), "explain");
        assertSame(List.of("--locale=zh-CN", "-f", "markdown"), "2026-11-24 WARN upload failed: ResourceNotFound.FileNotExist", "explain");
        assertSame(List.of("--json"), "InvalidParameter", "explain");
        assertSame(List.of(), "no code in this line", "explain");
        assertSame(List.of("-p", "nosuchproduct"), SDK_LINE, "explain");
        byte[] stdin = Files.readAllBytes(file);
        CliIT.Run quick = run(stdin, "explain", "-l", "zh-CN", "-");
        CliIT.Run full = run(stdin, "explain", "-l", "zh-CN", "--", "-");
        assertEquals(0, quick.exit(), quick.err());
        assertEquals(full, quick);
    }

    @Test
    void aQuickSearchAnswersExactlyAsTheCommandLineDoes() throws Exception {
        assertSame(List.of(), "白盒密钥服务尚未开通", "search");
        assertSame(List.of("-l", "zh-CN", "-p", "kms", "-n", "3"), "disabled", "search");
        assertSame(List.of("--limit=2", "--format", "json"), "too many file ids", "search");
        assertSame(List.of("-f", "markdown", "--LOCALE", "zh-CN"), "未开通", "search");
        assertSame(List.of(), "zzqqxx-nothing", "search");
        assertSame(List.of("-n", "0"), "disabled", "search");
        // several words, as a shell passes them unquoted
        CliIT.Run quick = run("search", "-n", "4", "FileId", "过多");
        assertEquals(0, quick.exit(), quick.err());
        assertEquals(run("search", "-n", "4", "--", "FileId", "过多"), quick);
    }

    private static void assertSame(List<String> options, String input, String command) throws Exception {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(options);
        List<String> full = new ArrayList<>(args);
        full.add("--");
        args.add(input);
        full.add(input);
        CliIT.Run quick = run(args.toArray(String[]::new));
        assertEquals(run(full.toArray(String[]::new)), quick, String.join(" ", args));
    }

    @Test
    void lookupExplainAndSearchRunFromTheArchiveWithoutPicocli() throws Exception {
        Path archive = JAR.resolveSibling("errorcatalog.jsa");
        assertTrue(Files.isRegularFile(archive), "the build makes the archive beside the jar");
        Map<String, List<String>> commands = Map.of(
                "dev.errorcatalog.cli.QuickLookup", List.of("lookup", "-p", "vod", "InvalidParameterValue.FileIdsTooMany"),
                "dev.errorcatalog.cli.ExplainCommand", List.of("explain", SDK_LINE),
                "dev.errorcatalog.cli.SearchCommand", List.of("search", "未开通"));
        for (var c : commands.entrySet()) {
            // the launcher's own options, with the classes' loading logged
            List<String> command = new ArrayList<>(Arrays.asList(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    "-Xlog:class+load=info", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
            command.addAll(c.getValue());
            CliIT.Run r = exec(Map.of(), ROOT, command.toArray(String[]::new));
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains(c.getKey() + " source: shared objects file"), c.getValue() + " runs from the archive");
            assertTrue(r.out().contains("dev.errorcatalog.cli.Main source: shared objects file"), c.getValue() + ": Main too");
            assertFalse(r.out().contains("picocli.CommandLine "), c.getValue() + " does not build the command line");
            List<String> notShared = r.out().lines().filter(l -> l.contains("dev.errorcatalog.") && l.contains(" source: ")
                    && !l.contains("source: shared objects file")).toList();
            assertEquals(List.of(), notShared, c.getValue() + ": the catalog's classes come from the archive: " + notShared);
        }
    }
}
