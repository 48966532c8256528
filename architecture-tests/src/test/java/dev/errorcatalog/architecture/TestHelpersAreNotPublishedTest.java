package dev.errorcatalog.architecture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The helpers this build's own tests share are in {@code catalog-test-support}, which is not API: never deployed, not
 * in the BOM, a test dependency only. No module builds or takes a test-jar (core's was installed and would have been
 * deployed with it). Read from every pom of the tree, as Maven would; the generator's product pom is held to the
 * committed ones by {@code DataDriftTest}.
 */
class TestHelpersAreNotPublishedTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final String HELPERS = "catalog-test-support";

    @Test
    void theHelpersAreATestDependencyNeverDeployedAndNoModuleUsesATestJar() throws Exception {
        assertEquals(List.of(), problems(ROOT));
    }

    /** The check can fail: each way back to a published test-jar, in a copy of the poms, is named with its file. */
    @Test
    void eachWayBackIsNamed(@TempDir Path copies) throws Exception {
        String testJar = "<artifactId>catalog-test-support</artifactId>\n      <scope>test</scope>";
        assertNamed(copies, "test-jar", "catalog-vod/pom.xml", testJar,
                "<artifactId>catalog-core</artifactId>\n      <type>test-jar</type>\n      <scope>test</scope>",
                "catalog-vod/pom.xml: a dependency on the test-jar of catalog-core");
        assertNamed(copies, "classifier", "catalog-kms/pom.xml", testJar,
                "<artifactId>catalog-core</artifactId>\n      <classifier>tests</classifier>\n      <scope>test</scope>",
                "catalog-kms/pom.xml: a dependency on the test-jar of catalog-core");
        assertNamed(copies, "goal", "catalog-core/pom.xml", "<plugins>",
                "<plugins>\n<plugin><artifactId>maven-jar-plugin</artifactId><executions><execution><goals>"
                        + "<goal>test-jar</goal></goals></execution></executions></plugin>",
                "catalog-core/pom.xml: builds a test-jar");
        assertNamed(copies, "deploy", HELPERS + "/pom.xml", "<maven.deploy.skip>true</maven.deploy.skip>", "",
                HELPERS + "/pom.xml: maven.deploy.skip is not true");
        assertNamed(copies, "scope", "catalog-live/pom.xml", testJar, "<artifactId>catalog-test-support</artifactId>",
                "catalog-live/pom.xml: depends on " + HELPERS + " in scope compile, not test");
        assertNamed(copies, "bom", "catalog-bom/pom.xml", "<dependencies>",
                "<dependencies>\n<dependency><groupId>dev.errorcatalog</groupId><artifactId>catalog-test-support</artifactId>"
                        + "<version>${project.version}</version></dependency>",
                "catalog-bom/pom.xml: names " + HELPERS + ", which is not API");
    }

    private static void assertNamed(Path copies, String name, String file, String from, String to, String problem)
            throws Exception {
        Path root = copies.resolve(name);
        for (Path pom : poms(ROOT)) {
            Path target = root.resolve(ROOT.relativize(pom));
            Files.createDirectories(target.getParent());
            Files.copy(pom, target);
        }
        assertEquals(List.of(), problems(root), name + ": the copy before the change");
        String text = Files.readString(root.resolve(file));
        assertTrue(text.contains(from), file + " holds " + from);
        int at = text.indexOf(from);
        Files.writeString(root.resolve(file), text.substring(0, at) + to + text.substring(at + from.length()));
        assertEquals(List.of(problem), problems(root), name);
    }

    /** What is wrong with the poms under {@code root}, one line each naming the file. */
    static List<String> problems(Path root) throws Exception {
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(root.resolve(HELPERS).resolve("pom.xml"))) {
            problems.add(HELPERS + "/pom.xml: missing; the helpers the tests share belong in that module");
        }
        for (Path file : poms(root)) {
            String name = root.relativize(file).toString().replace('\\', '/');
            Document pom = xml(file);
            NodeList dependencies = pom.getElementsByTagName("dependency");
            for (int i = 0; i < dependencies.getLength(); i++) {
                Node d = dependencies.item(i);
                String artifact = text(d, "artifactId");
                if (text(d, "type").equals("test-jar") || text(d, "classifier").equals("tests")) {
                    problems.add(name + ": a dependency on the test-jar of " + artifact);
                }
                boolean managed = d.getParentNode().getParentNode().getNodeName().equals("dependencyManagement");
                if (artifact.equals(HELPERS) && !managed && !text(d, "scope").equals("test")) {
                    problems.add(name + ": depends on " + HELPERS + " in scope "
                            + (text(d, "scope").isEmpty() ? "compile" : text(d, "scope")) + ", not test");
                }
            }
            NodeList goals = pom.getElementsByTagName("goal");
            for (int i = 0; i < goals.getLength(); i++) {
                if (goals.item(i).getTextContent().trim().equals("test-jar")) {
                    problems.add(name + ": builds a test-jar");
                }
            }
            if (name.equals("catalog-bom/pom.xml") && Files.readString(file).contains(HELPERS)) {
                problems.add(name + ": names " + HELPERS + ", which is not API");
            }
            if (name.equals(HELPERS + "/pom.xml")) {
                NodeList skip = pom.getElementsByTagName("maven.deploy.skip");
                if (skip.getLength() != 1 || !skip.item(0).getTextContent().trim().equals("true")) {
                    problems.add(name + ": maven.deploy.skip is not true");
                }
            }
        }
        return problems;
    }

    /** Every pom.xml below {@code root}, outside the build's output and hidden folders (not walked into). */
    private static List<Path> poms(Path root) throws IOException {
        List<Path> poms = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String name = dir.getFileName().toString();
                return !dir.equals(root) && (name.equals("target") || name.startsWith("."))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (file.getFileName().toString().equals("pom.xml")) {
                    poms.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        poms.sort(null);
        return poms;
    }

    /** The text of the direct child {@code name} of {@code parent}, or "" when there is none. */
    private static String text(Node parent, String name) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element && c.getNodeName().equals(name)) {
                return c.getTextContent().trim();
            }
        }
        return "";
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }
}
