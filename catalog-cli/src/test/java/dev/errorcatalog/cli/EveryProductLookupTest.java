package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.MatchKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static dev.errorcatalog.cli.ExplainCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line over every product: the products holding a code are found through the index, not made all. */
class EveryProductLookupTest {
    private static ErrorCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = ErrorCatalog.load();
    }

    private static Finder finder(String locale) {
        CatalogOptions options = new CatalogOptions();
        options.locale = locale;
        return new Finder(catalog, options);
    }

    @Test
    void aCodeWithoutAProductAsksOnlyTheProductsTheIndexNamesAndTheOthers() {
        Finder finder = finder("en");
        List<Answer> answers = finder.lookup("InvalidInstanceId.NotFound");
        Set<String> answered = new TreeSet<>();
        answers.forEach(a -> a.products().forEach(p -> answered.add(p.value())));
        assertTrue(answered.contains("cvm"), answered.toString());
        answers.forEach(a -> assertEquals(MatchKind.EXACT, a.resolution().kind(), a.toString()));
        Set<String> expected = new TreeSet<>(Set.of("common", "vod", "kms", "live", "legacy"));
        expected.addAll(answered);
        assertEquals(expected, finder.asked(), "the products not of the data, and those the index names; none else is made");
    }

    @Test
    void aMissAsksOnlyTheProductsOfItsClosestAncestor() {
        Finder finder = finder("en");
        List<Answer> answers = finder.lookup("InvalidInstanceId.NotFound.NoSuchDeeperLevel");
        Set<String> answered = new TreeSet<>();
        answers.forEach(a -> a.products().forEach(p -> answered.add(p.value())));
        assertTrue(answered.contains("cvm"), answered.toString());
        answers.forEach(a -> assertEquals("InvalidInstanceId.NotFound", a.resolution().matchedCode().orElseThrow().value()));
        assertTrue(finder.asked().size() < 15, "not every product is made for a miss: " + finder.asked());
    }

    @Test
    void aMissCommonAnswersAsksNoProductOfTheData() {
        Finder finder = finder("en");
        List<Answer> answers = finder.lookup("FailedOperation.NoSuchThing");
        assertEquals(1, answers.size(), answers.toString());
        assertEquals("common:FailedOperation", answers.get(0).resolution().matchedProduct().orElseThrow() + ":"
                + answers.get(0).resolution().matchedCode().orElseThrow());
        assertEquals(Set.of("common", "vod", "kms", "live", "legacy"), finder.asked(),
                "FailedOperation is in most products, but common answers for them all alike");
    }

    @Test
    void aCodeMostProductsHoldIsShownOnceNamingThem() {
        Finder finder = finder("en");
        List<Answer> answers = finder.lookup("InvalidParameter");
        int products = answers.stream().mapToInt(a -> a.products().size()).sum();
        assertTrue(products > 150, products + " products");
        assertTrue(answers.size() < 40, answers.size() + " answers for " + products + " products");
        ExplainCommandTest.Result text = cli("lookup", "InvalidParameter");
        assertEquals(0, text.exit(), text.err());
        long blocks = text.out().lines().filter(l -> l.startsWith("InvalidParameter  (")).count();
        assertEquals(answers.size(), blocks, text.out());
        assertTrue(text.out().contains("  products:    "), text.out());
        ExplainCommandTest.Result json = cli("lookup", "InvalidParameter", "--format", "json");
        assertEquals(answers.size(), json.out().lines().count());
        assertTrue(json.out().contains("\"products\":[\""), json.out());
        ExplainCommandTest.Result markdown = cli("lookup", "InvalidParameter", "--format", "markdown");
        assertEquals(answers.size() + 2, markdown.out().lines().count(), markdown.out());
    }

    @Test
    void searchFindsACvmCodeByChineseAndByEnglishWords() {
        // the columns are as wide as the widest code shown
        ExplainCommandTest.Result zh = cli("search", "-l", "zh-CN", "-n", "40", "没有找到相应实例");
        assertEquals(0, zh.exit(), zh.err());
        assertTrue(zh.out().lines().anyMatch(l -> l.matches("cvm +InvalidInstanceId\\.NotFound +没有找到相应实例。.*")), zh.out());
        ExplainCommandTest.Result en = cli("search", "-n", "40", "No instance found");
        assertEquals(0, en.exit(), en.err());
        assertTrue(en.out().lines().anyMatch(l -> l.matches("cvm +InvalidInstanceId\\.NotFound +No instance found\\..*")), en.out());
    }

    @Test
    void productsListsEveryProductWithItsCountLocalesAndTheDataVersion() {
        ExplainCommandTest.Result r = cli("products");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().lines().count() > 250, r.out());
        String cvm = r.out().lines().filter(l -> l.startsWith("cvm ")).findFirst().orElseThrow();
        assertTrue(cvm.matches("cvm +en, zh-CN +" + catalog.product("cvm").codes().size() + " codes  data: tencentcloud-sdk-java .*"), cvm);
    }
}
