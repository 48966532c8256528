package dev.errorcatalog.all;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.Product;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.i18n.LanguageScripts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One dependency, every product: each code of the data resolves exactly in its product in each locale that words it,
 * in that locale's script; in a locale that does not, it answers from its closest ancestor in the locale asked for and
 * names the locales that have its own text.
 */
class EveryProductTest {
    private static ErrorCatalog catalog;
    private static DataIndex index;

    @BeforeAll
    static void load() {
        catalog = ErrorCatalog.load();
        index = DataIndex.read();
    }

    @Test
    void theProductsWithModulesOfTheirOwnAndEveryOtherAreServedOnce() {
        Set<String> ids = new TreeSet<>();
        catalog.products().forEach(p -> ids.add(p.value()));
        for (String own : List.of("common", "vod", "kms", "live", "legacy")) {
            assertTrue(ids.remove(own), own);
        }
        Set<String> listed = new TreeSet<>();
        index.ids().forEach(p -> listed.add(p.value()));
        assertEquals(listed, ids, "every other product is the data's");
        assertFalse(listed.contains("vod") || listed.contains("kms") || listed.contains("live"),
                "a product with a module of its own is not in the data too");
        assertTrue(listed.size() > 250, "every product of the official lists: " + listed.size());
        assertEquals("dev.errorcatalog.kms.KmsCatalogProvider", catalog.product("kms").provider());
        assertEquals(List.of(), catalog.problems());
    }

    @Test
    void aCvmCodeAnswersInBothLanguages() {
        Product cvm = catalog.product("cvm");
        Resolution en = cvm.resolve("InvalidInstanceId.NotFound", Locale.ENGLISH);
        Resolution zh = cvm.resolve("InvalidInstanceId.NotFound", Locale.SIMPLIFIED_CHINESE);
        assertEquals(MatchKind.EXACT, en.kind(), en.explain());
        assertEquals(MatchKind.EXACT, zh.kind(), zh.explain());
        assertTrue(LanguageScripts.fits(en.message(), Locale.ENGLISH) && !en.message().isBlank(), en.message());
        assertTrue(LanguageScripts.fits(zh.message(), Locale.SIMPLIFIED_CHINESE), zh.message());
        assertTrue(en.apiVersions().contains("2017-03-12"), en.apiVersions().toString());
        assertEquals("sdk-en", en.origin().id());
        assertEquals("sdk-zh", zh.origin().id());
    }

    @Test
    void everyCodeResolvesExactlyInTheLanguagesThatWordItAndFromItsAncestorInTheOthers() {
        List<String> wrong = new ArrayList<>();
        int exact = 0;
        int elsewhere = 0;
        for (ProductId id : index.ids()) {
            Product product = catalog.product(id);
            DataProduct data = DataProduct.read(id, index.product(id));
            assertEquals(index.product(id).codes(), data.codes().size(), id.value());
            for (var definition : data.codes()) {
                ErrorCode code = definition.code();
                for (Locale locale : product.locales()) {
                    Resolution r = product.resolve(code.value(), locale);
                    if (data.hasText(code, locale)) {
                        exact++;
                        if (r.kind() != MatchKind.EXACT || !r.locale().equals(locale) || !LanguageScripts.fits(r.message(), locale)) {
                            wrong.add(id + " " + code + " [" + locale.toLanguageTag() + "]: " + r);
                        }
                    } else {
                        elsewhere++;
                        if (r.kind() == MatchKind.EXACT || !r.locale().equals(locale) || r.exactTextIn().isEmpty()) {
                            wrong.add(id + " " + code + " [" + locale.toLanguageTag() + "] has no text there, yet: " + r);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())), wrong.size() + " wrong");
        int pairs = 0;
        for (ProductId id : index.ids()) {
            pairs += index.product(id).codes() * index.product(id).locales().size();
        }
        assertEquals(pairs, exact + elsewhere, "every code in every locale of its product");
        assertTrue(exact > elsewhere && elsewhere > 0, exact + " exact, " + elsewhere + " from elsewhere");
        assertEquals(List.of(), catalog.problems());
    }

    @Test
    void theCodeIndexNamesExactlyTheProductsDeclaringEachCode() {
        EveryProduct every = new EveryProduct();
        assertTrue(every.productsDeclaring(ErrorCode.parse("InvalidInstanceId.NotFound")).contains(ProductId.of("cvm")));
        assertEquals(List.of(), every.productsDeclaring(ErrorCode.parse("No.Such.Code.Anywhere")));
        Map<String, Set<ProductId>> declared = new HashMap<>();
        for (ProductId id : index.ids()) {
            DataProduct.read(id, index.product(id)).codes().forEach(d -> declared.computeIfAbsent(d.code().value(), c -> new TreeSet<>()).add(id));
        }
        List<String> wrong = new ArrayList<>();
        declared.forEach((code, ids) -> {
            List<ProductId> listed = every.productsDeclaring(ErrorCode.parse(code));
            if (!new ArrayList<>(ids).equals(listed)) {
                wrong.add(code + ": " + listed + " but declared by " + ids);
            }
        });
        assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())), wrong.size() + " wrong");
        assertTrue(declared.get("InvalidParameter").size() > 150, "most products declare InvalidParameter");
    }

    @Test
    void theSearchTextsAreTheCatalogsExactTextsInEachLanguage() {
        EveryProduct every = new EveryProduct();
        int total = 0;
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            List<EveryProduct.Text> texts = every.texts(locale);
            total += texts.size();
            for (EveryProduct.Text t : texts.subList(0, Math.min(texts.size(), 2000))) {
                Resolution r = catalog.product(t.product()).resolve(t.code().value(), locale);
                assertEquals(MatchKind.EXACT, r.kind(), t.toString());
                assertEquals(locale, r.locale(), t.toString());
            }
            EveryProduct.Text cvm = texts.stream().filter(t -> t.product().value().equals("cvm")
                    && t.code().value().equals("InvalidInstanceId.NotFound")).findFirst().orElseThrow();
            assertEquals(catalog.product("cvm").resolve("InvalidInstanceId.NotFound", locale).message(), cvm.text());
        }
        int pairs = 0;
        for (ProductId id : index.ids()) {
            DataProduct data = DataProduct.read(id, index.product(id));
            for (var d : data.codes()) {
                for (Locale l : data.locales()) {
                    pairs += data.hasText(d.code(), l) ? 1 : 0;
                }
            }
        }
        assertEquals(pairs, total, "a line for every code in every language that words it");
        assertEquals(List.of(), every.texts(Locale.JAPANESE));
    }

    @Test
    void theSummariesAreTheIndexsLines() {
        List<EveryProduct.Summary> all = new EveryProduct().summaries();
        assertEquals(index.ids(), all.stream().map(EveryProduct.Summary::product).toList());
        EveryProduct.Summary cvm = all.stream().filter(s -> s.product().value().equals("cvm")).findFirst().orElseThrow();
        assertEquals(catalog.product("cvm").codes().size(), cvm.codes());
        assertEquals(catalog.product("cvm").locales(), cvm.locales());
    }

    @Test
    void theTextsContainingAWordAreThoseOfEveryTextThatHoldIt() {
        EveryProduct every = new EveryProduct();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (List<String> words : List.of(List.of("密钥"), List.of("instance", "not found"), List.of("invalidinstanceid.notfound"),
                    List.of("cvm"), List.of("\t"), List.of("zzzz-nowhere"))) {
                List<EveryProduct.Text> expected = every.texts(locale).stream().filter(t -> words.stream().anyMatch(w ->
                        (t.code().value() + "\t" + t.text()).toLowerCase(Locale.ROOT).contains(w))).toList();
                assertEquals(expected, every.textsContaining(locale, words), locale + " " + words);
            }
        }
        assertTrue(every.textsContaining(Locale.SIMPLIFIED_CHINESE, List.of("密钥")).size() > 10);
    }
}
