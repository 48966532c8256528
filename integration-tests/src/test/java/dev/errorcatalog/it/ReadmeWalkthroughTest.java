package dev.errorcatalog.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every block of the README marked {@code <!-- example: FILE -->} stands, line for line, in that file of the
 * example project, which the invoker build compiles and tests: the walkthrough cannot drift from working code.
 */
class ReadmeWalkthroughTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern MARKER = Pattern.compile("<!-- example: (\\S+) -->");

    record Block(String file, List<String> lines) {
    }

    static List<Block> blocks() throws IOException {
        List<String> readme = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            Matcher m = MARKER.matcher(readme.get(i).strip());
            if (!m.matches()) {
                continue;
            }
            assertTrue(readme.get(i + 1).startsWith("```"), "a code block follows the marker at line " + (i + 1));
            int end = i + 2;
            while (!readme.get(end).startsWith("```")) {
                end++;
            }
            blocks.add(new Block(m.group(1), readme.subList(i + 2, end)));
        }
        return blocks;
    }

    @Test
    void everyMarkedBlockStandsInItsFile() throws IOException {
        List<Block> blocks = blocks();
        assertEquals(6, blocks.size(), "pom, enum, provider, service line, bundle, contract test: " + blocks);
        for (Block b : blocks) {
            List<String> file = Files.readAllLines(ROOT.resolve(b.file()), StandardCharsets.UTF_8);
            assertTrue(Collections.indexOfSubList(file, b.lines()) >= 0,
                    "the README's block for " + b.file() + " is not in that file:\n" + String.join("\n", b.lines()));
        }
    }

    @Test
    void theExampleUsesThisBuildsVersions() throws IOException {
        String pom = Files.readString(ROOT.resolve("examples/acme-product/pom.xml"), StandardCharsets.UTF_8);
        assertTrue(pom.contains("<errorcatalog.version>" + System.getProperty("errorcatalog.version") + "</errorcatalog.version>"), pom);
        assertTrue(pom.contains("<version>" + System.getProperty("junit.version") + "</version>"), pom);
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("<version>" + System.getProperty("errorcatalog.version") + "</version>"), "the BOM snippet's version");
    }
}
