package dev.errorcatalog.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A language is one product's: adding Japanese to KMS in data/ regenerates KMS and leaves every other file as it was. */
class RefreshLanguagesTest {
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SHARED = PROJECT.resolve("../shared").normalize();
    private static final String KMS = "catalog-kms/";

    @TempDir
    Path copy;

    @Test
    void aThirdLanguageOfOneProductChangesThatProductAloneAndTheOthersAreByteIdentical() throws IOException {
        assumeTrue(Files.isDirectory(SHARED.resolve("sources")) && Files.isDirectory(SHARED.resolve("seeds")),
                "../shared is not beside the checkout");
        // the project's data/, with "ja" added to KMS's languages and a Japanese text for each of its codes
        Files.createDirectories(copy.resolve("data"));
        try (var data = Files.list(PROJECT.resolve("data"))) {
            for (Path f : data.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.copy(f, copy.resolve("data").resolve(f.getFileName().toString()));
            }
        }
        // and the poms and README the refresh writes each product's lines into
        for (String f : BuildPlaces.files()) {
            Files.createDirectories(copy.resolve(f).getParent());
            Files.copy(PROJECT.resolve(f), copy.resolve(f));
        }
        Path list = copy.resolve(ProductList.FILE);
        String products = Files.readString(list);
        String kmsLanguages = "\"id\": \"kms\", \"name\": \"KMS (key management)\", \"languages\": [\"en\", \"zh-CN\"]";
        assertTrue(products.contains(kmsLanguages), "data/products.json lists KMS as this test expects");
        Files.writeString(list, products.replace(kmsLanguages, kmsLanguages.replace("\"zh-CN\"]", "\"zh-CN\", \"ja\"]")));
        Set<String> codes = keys(Files.readString(PROJECT.resolve(KMS + "src/main/resources/META-INF/errorcatalog/kms/en.json")));
        Path kms = copy.resolve("data/kms.json");
        String ja = codes.stream().map(c -> "\"" + c + "\": \"キー管理のエラーです。\"").collect(Collectors.joining(", ", "{", "}"));
        Files.writeString(kms, Files.readString(kms).replaceFirst("\\{", "{\"messages\": {\"ja\": " + ja + "},"));

        Map<String, String> before = Refresh.files(PROJECT, SHARED).files();
        Map<String, String> after = Refresh.files(copy, SHARED).files();

        Set<String> added = new TreeSet<>(after.keySet());
        added.removeAll(before.keySet());
        assertEquals(Set.of(KMS + "src/main/resources/META-INF/errorcatalog/kms/ja.json"), added);
        assertTrue(after.keySet().containsAll(before.keySet()));
        Map<String, String> changed = new TreeMap<>();
        before.forEach((f, text) -> {
            if (!text.equals(after.get(f))) {
                changed.put(f, "");
            }
        });
        // the languages' list in the provider and the pom, and where each Japanese text came from: nothing else
        assertEquals(Set.of(KMS + "pom.xml", KMS + "src/main/java/dev/errorcatalog/kms/KmsCatalogProvider.java",
                KMS + "src/main/resources/META-INF/errorcatalog/kms/provenance.json"), changed.keySet());

        String provider = after.get(KMS + "src/main/java/dev/errorcatalog/kms/KmsCatalogProvider.java");
        assertTrue(provider.contains("Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.forLanguageTag(\"ja\"));"), provider);
        assertEquals(codes, keys(after.get(KMS + "src/main/resources/META-INF/errorcatalog/kms/ja.json")));
        assertTrue(after.get(KMS + "pom.xml").contains("with en, zh-CN and ja messages"), after.get(KMS + "pom.xml"));
        assertNotEquals(0, codes.size());
        assertFalse(after.get("catalog-vod/src/main/java/dev/errorcatalog/vod/VodCatalogProvider.java").contains("forLanguageTag"));
    }

    /** The codes of a bundle as the generator writes it: one per line, two spaces in. */
    private static Set<String> keys(String bundle) {
        return bundle.lines().filter(l -> l.startsWith("  \"")).map(l -> l.substring(3, l.indexOf("\":")))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
