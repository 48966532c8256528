package dev.errorcatalog.generator;

import dev.errorcatalog.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The program's review of every official text ({@link TextReview}) has been read: each finding is corrected in its
 * product's {@code data/<product>.json} or has a verdict there on that very text, and no verdict outlives its finding.
 */
class ReviewedTextsTest {
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SHARED = PROJECT.resolve("../shared").normalize();

    @Test
    void everyFindingOfCatalogAllsOfficialTextsIsCorrectedOrHasAVerdict() {
        List<TextReview.Finding> findings = new ArrayList<>();
        Set<String> products = new TreeSet<>();
        for (Path f : TextReview.factsFiles(PROJECT.resolve(Refresh.FACTS))) {
            ProductData data = Facts.read(f);
            products.add(data.product());
            findings.addAll(TextReview.review(data));
        }
        assertEquals(List.of(), TextReview.unread(findings, ReviewedTextsTest::editorial, products));
    }

    @Test
    void everyFindingOfTheModulesOfficialTextsIsCorrectedOrHasAVerdict(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isDirectory(SHARED.resolve("sources")), "../shared/sources is not beside the checkout");
        FileSet facts = Refresh.moduleFacts(PROJECT, SHARED, Refresh.Lists.of(SHARED));
        List<TextReview.Finding> findings = new ArrayList<>();
        Set<String> products = new TreeSet<>();
        for (Map.Entry<String, String> f : facts.files().entrySet()) {
            Path file = Files.writeString(dir.resolve(f.getKey()), f.getValue());
            ProductData data = Facts.read(file);
            products.add(data.product());
            findings.addAll(TextReview.review(data));
        }
        assertEquals(Set.of("kms", "live", "vod"), products);
        assertEquals(List.of(), TextReview.unread(findings, ReviewedTextsTest::editorial, products));
    }

    @Test
    void aFindingWithoutAVerdictOnItsTextIsUnreadAndAVerdictNoFindingNeedsIsStale() {
        ProductData data = new ProductData("demo", "", List.of(new Source("sdk-zh", Source.Kind.SDK, "sdk", "1", "")),
                List.of("zh-CN"), List.of(entry("InvalidParameterValue.InvalidKey", "密钥合法"), entry("ResourceNotFound.Key", "密钥不存在")),
                List.of());
        List<TextReview.Finding> findings = TextReview.review(data);
        assertEquals(1, findings.size(), findings::toString);

        Editorial none = Editorial.NONE;
        assertEquals(1, TextReview.unread(findings, p -> none, Set.of("demo")).size());

        Editorial read = verdicts(Map.of("InvalidParameterValue.InvalidKey", new Editorial.Verdict("密钥合法", "Read: it is right.")));
        assertEquals(List.of(), TextReview.unread(findings, p -> read, Set.of("demo")));

        Editorial otherText = verdicts(Map.of("InvalidParameterValue.InvalidKey", new Editorial.Verdict("密钥不合法", "Read.")));
        assertEquals(List.of("demo zh-CN InvalidParameterValue.InvalidKey: NEGATED_MEANING (" + findings.get(0).detail()
                + ") in '密钥合法' has a verdict on another text"), TextReview.unread(findings, p -> otherText, Set.of("demo")));

        Editorial stale = verdicts(Map.of("InvalidParameterValue.InvalidKey", new Editorial.Verdict("密钥合法", "Read."),
                "ResourceNotFound.Key", new Editorial.Verdict("密钥不存在", "Read.")));
        assertEquals(List.of("demo zh-CN ResourceNotFound.Key: a verdict no finding needs (the text changed, or the review no"
                + " longer flags it): read it again, or remove it"), TextReview.unread(findings, p -> stale, Set.of("demo")));
    }

    private static ProductData.Entry entry(String code, String zh) {
        Map<String, ProductData.Text> m = new LinkedHashMap<>();
        m.put("zh-CN", new ProductData.Text(zh, "sdk-zh"));
        return new ProductData.Entry(code, List.of("2020-01-01"), m, Map.of(), Optional.empty(), Optional.empty(), false, Optional.empty());
    }

    private static Editorial verdicts(Map<String, Editorial.Verdict> byCode) {
        return new Editorial(Map.of(), Map.of(), Map.of(), Set.of(), Map.of(), Map.of(), Map.of(), Map.of("zh-CN", byCode), "demo.json");
    }

    private static Editorial editorial(String product) {
        Path file = PROJECT.resolve("data").resolve(product + ".json");
        return Files.isRegularFile(file) ? Editorial.read(file) : Editorial.NONE;
    }
}
