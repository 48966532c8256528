package dev.errorcatalog.generator;

import dev.errorcatalog.i18n.verify.BundleVerifier;
import dev.errorcatalog.i18n.verify.VerificationReport;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What catalog-all's build makes of the committed facts holds together, without ../shared: each bundle reads, every
 * pattern parses, no message is empty or in the wrong script, and it holds exactly the codes its product's code list
 * gives that language; the index counts each product's code list.
 */
class CommittedFactsBundlesTest {
    private static final Path FACTS = Path.of("..").toAbsolutePath().normalize().resolve(Refresh.FACTS);
    private static final String ALL = CompactData.FOLDER;

    @Test
    void everyBundleOfTheCommittedFactsPassesTheVerifierWithItsLanguagesCodes() {
        Map<String, String> files = CompactData.files(FACTS).files();
        List<String> lines = files.get(ALL + "index").lines().toList();
        assertEquals(CompactData.FORMAT, lines.get(0));
        assertTrue(lines.get(1).startsWith("version\ttencentcloud-sdk-java "), lines.get(1));
        List<String> problems = new ArrayList<>();
        for (String product : lines.subList(2, lines.size())) {
            String[] fields = product.split("\t", -1);
            assertEquals(3, fields.length, product);
            List<String> codes = files.get(ALL + fields[0] + "/codes").lines().toList();
            assertEquals(Integer.parseInt(fields[2]), codes.size(), product);
            for (String tag : fields[1].split(",")) {
                List<String> inLanguage = codes.stream().map(l -> l.split("\t")).filter(c -> List.of(c[1].split(",")).contains(tag))
                        .map(c -> c[0]).toList();
                String path = ALL + fields[0] + "/" + tag + ".json";
                byte[] bundle = files.get(path).getBytes(StandardCharsets.UTF_8);
                VerificationReport report = BundleVerifier.of(fields[0], inLanguage)
                        .bundle(Locale.forLanguageTag(tag), path, () -> Optional.of(new ByteArrayInputStream(bundle))).verify();
                report.problems().forEach(p -> problems.add(p.toString()));
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(lines.size() > 200, "every product with codes is listed: " + lines.size());
    }
}
