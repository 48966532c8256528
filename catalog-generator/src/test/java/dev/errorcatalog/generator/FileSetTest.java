package dev.errorcatalog.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Writing the generated files: nothing is ever written outside the folder asked for, through a link or otherwise. */
class FileSetTest {
    @TempDir
    Path dir;

    private FileSet module() {
        return new FileSet().put("README.md", "# demo\n").put("pom.xml", "<project/>\n")
                .put("src/main/java/demo/DemoCode.java", "enum DemoCode {}\n");
    }

    private static List<Path> everything(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.equals(root)).sorted().toList();
        }
    }

    @Test
    void writesEveryFileAndReplacesWhatIsThere() throws IOException {
        Path out = dir.resolve("out");
        module().writeTo(out);
        Files.writeString(out.resolve("pom.xml"), "old, and longer than what replaces it\n");
        module().writeTo(out);
        assertEquals("<project/>\n", Files.readString(out.resolve("pom.xml")));
        assertEquals("enum DemoCode {}\n", Files.readString(out.resolve("src/main/java/demo/DemoCode.java")));
        assertEquals(List.of(out.resolve("README.md"), out.resolve("pom.xml"), out.resolve("src"), out.resolve("src/main"),
                out.resolve("src/main/java"), out.resolve("src/main/java/demo"), out.resolve("src/main/java/demo/DemoCode.java")),
                everything(out), "no temporary file is left behind");
    }

    @Test
    void aLinkPlantedAtAFileIsRefusedAndWhatItPointsToIsUntouched() throws IOException {
        Path outside = Files.writeString(dir.resolve("precious.txt"), "keep me\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("pom.xml"), outside);

        OutputPathException e = assertThrows(OutputPathException.class, () -> module().writeTo(out));
        assertEquals("keep me\n", Files.readString(outside));
        assertTrue(e.getMessage().contains("pom.xml") && e.getMessage().contains("symbolic link"), e.getMessage());
        assertTrue(Files.isSymbolicLink(out.resolve("pom.xml")), "the link is left as it was");
        assertFalse(Files.exists(out.resolve("README.md"), java.nio.file.LinkOption.NOFOLLOW_LINKS),
                "nothing is written when any path is refused");
    }

    @Test
    void aLinkPlantedAtAFolderIsRefusedAndNothingLandsWhereItPoints() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("src"), elsewhere);

        OutputPathException e = assertThrows(OutputPathException.class, () -> module().writeTo(out));
        assertEquals(List.of(), everything(elsewhere));
        assertTrue(e.getMessage().contains("src") && e.getMessage().contains("symbolic link"), e.getMessage());
    }

    @Test
    void aLinkDeeperDownIsRefusedToo() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path out = Files.createDirectories(dir.resolve("out/src/main/java"));
        Files.createSymbolicLink(out.resolve("demo"), elsewhere);

        assertThrows(OutputPathException.class, () -> module().writeTo(dir.resolve("out")));
        assertEquals(List.of(), everything(elsewhere));
    }

    @Test
    void aHardLinkIsReplacedNotWrittenThrough() throws IOException {
        Path outside = Files.writeString(dir.resolve("precious.txt"), "keep me\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createLink(out.resolve("pom.xml"), outside);

        module().writeTo(out);
        assertEquals("keep me\n", Files.readString(outside));
        assertEquals("<project/>\n", Files.readString(out.resolve("pom.xml")));
    }

    @Test
    void theFolderItselfMayBeALinkTheCallerNamed() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path out = Files.createSymbolicLink(dir.resolve("out"), real);
        module().writeTo(out);
        assertEquals("<project/>\n", Files.readString(real.resolve("pom.xml")));
    }

    @Test
    void aFileWhereAFolderGoesOrAFolderWhereAFileGoesIsNamed() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("src"), "a file");
        OutputPathException e = assertThrows(OutputPathException.class, () -> module().writeTo(out));
        assertTrue(e.getMessage().contains("src") && e.getMessage().contains("not a folder"), e.getMessage());

        Path out2 = Files.createDirectories(dir.resolve("out2/pom.xml"));
        e = assertThrows(OutputPathException.class, () -> module().writeTo(dir.resolve("out2")));
        assertTrue(e.getMessage().contains("pom.xml") && e.getMessage().contains("not a regular file"), e.getMessage());
        assertTrue(Files.isDirectory(out2));
    }

    @Test
    void aPipePlantedAtAFileIsRefusedInsteadOfWaitingForAReader() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", out.resolve("pom.xml").toString()).start();
        } catch (IOException noMkfifo) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is available");

        OutputPathException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(OutputPathException.class, () -> module().writeTo(out)));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escaped.txt", "a/../../escaped.txt", "/tmp/escaped.txt", "", "a//b", "./a", "a/./b", "a/..",
            "a\\..\\b", "a/\u0000b", "C:/x", "a/"})
    void aPathThatIsNotPlainlyInsideTheFolderIsRefused(String path) {
        OutputPathException e = assertThrows(OutputPathException.class, () -> new FileSet().put(path, "x"));
        assertTrue(e.getMessage().contains("not a relative path"), e.getMessage());
    }
}
