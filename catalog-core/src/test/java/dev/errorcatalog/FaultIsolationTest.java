package dev.errorcatalog;

import dev.errorcatalog.faulty.TwinOneProvider;
import dev.errorcatalog.faulty.TwinTwoProvider;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real broken providers, registered through a {@code META-INF/services} file on the class path (kept in its own
 * folder, faulty-providers/, so that only these tests see it): each is reported with product, class, file and
 * key as far as they are known, and the good module among them keeps working.
 */
class FaultIsolationTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private static ClassLoader faultyClassPath() {
        URL folder = FaultIsolationTest.class.getClassLoader().getResource("faulty-providers/");
        return new URLClassLoader(new URL[]{folder}, FaultIsolationTest.class.getClassLoader());
    }

    private final ErrorCatalog catalog = ErrorCatalog.builder().discover(faultyClassPath()).build();

    private List<CatalogProblem> problemsOf(String needle) {
        return catalog.problems().stream().filter(p -> p.toString().contains(needle)).toList();
    }

    private CatalogProblem oneProblem(String needle) {
        List<CatalogProblem> found = problemsOf(needle);
        assertEquals(1, found.size(), () -> "problems with '" + needle + "': " + catalog.problems());
        return found.get(0);
    }

    @Test
    void theGoodModuleAndTheUsableOnesAreRegistered() {
        assertEquals("common, badpattern, demo, malformed, nozh, wrongcodes",
                catalog.products().stream().map(ProductId::value)
                        .sorted((a, b) -> a.equals("common") ? -1 : b.equals("common") ? 1 : a.compareTo(b))
                        .collect(Collectors.joining(", ")), "a product's one provider is read at first use; listed, it answers");
        assertEquals("操作失败：演示繁忙。", catalog.resolve("demo", "FailedOperation.DemoBusy", ZH).message());
    }

    @Test
    void aProviderWhoseConstructorThrowsIsReportedByClass() {
        CatalogProblem p = oneProblem("ThrowingConstructorProvider");
        assertEquals("dev.errorcatalog.faulty.ThrowingConstructorProvider", p.providerClass());
        assertTrue(p.description().contains("could not be instantiated"), p.description());
        assertTrue(p.description().contains("constructor failed on purpose"), p.description());
    }

    @Test
    void aProviderClassThatDoesNotExistIsReportedByName() {
        CatalogProblem p = oneProblem("DoesNotExist");
        assertEquals("dev.errorcatalog.faulty.DoesNotExist", p.providerClass());
        assertTrue(p.description().contains("not found"), p.description());
    }

    @Test
    void aProviderThatThrowsWhenAskedIsReported() {
        CatalogProblem p = oneProblem("ThrowingProductProvider");
        assertTrue(p.description().contains("product() failed on purpose"), p.description());
    }

    @Test
    void aProviderWhoseProductMethodRecursesIsReportedByClass() {
        CatalogProblem p = oneProblem("RecursingProductProvider");
        assertEquals("dev.errorcatalog.faulty.RecursingProductProvider", p.providerClass());
        assertTrue(p.description().contains("java.lang.StackOverflowError"), p.description());
        assertTrue(catalog.products().contains(ProductId.of("demo")));
    }

    @Test
    void aProviderClaimingCommonIsRefused() {
        CatalogProblem p = oneProblem("CommonClaimProvider");
        assertEquals(Optional.of("common"), p.product());
        assertTrue(p.description().contains("reserved"), p.description());
        assertEquals(CommonCode.values().length, catalog.product("common").codes().size(), "core's common codes are untouched");
    }

    @Test
    void aProviderWithBadCodesRegistersNoneOfThemAndItsProductAnswersWithTheCommonCodes() {
        assertEquals(List.of(), problemsOf("WrongCodesProvider"), "its codes are read at the product's first use");
        Resolution r = catalog.resolve("wrongcodes", "FailedOperation.Fine", Locale.ENGLISH);
        assertEquals(MatchKind.COMMON_PARENT, r.kind(), r.explain());
        assertEquals(List.of(), catalog.product("wrongcodes").codes());
        CatalogProblem p = oneProblem("WrongCodesProvider");
        assertEquals(Optional.of("wrongcodes"), p.product());
        assertTrue(p.description().contains("FailedOperation.Foreign says it belongs to other"), p.description());
        assertTrue(p.description().contains("FailedOperation.Fine is declared twice"), p.description());
    }

    @Test
    void twoProvidersOfOneProductIdConflictNamingBothAndWhereTheyCameFrom() {
        List<CatalogProblem> twins = problemsOf("product id twin");
        assertEquals(2, twins.size(), catalog.problems().toString());
        String description = twins.get(0).description();
        assertTrue(description.contains(TwinOneProvider.class.getName()) && description.contains(TwinTwoProvider.class.getName()),
                description);
        assertTrue(description.contains(" from file:"), "names where each came from: " + description);
        assertTrue(description.matches("product id twin is claimed by 2 providers of priority 0: \\S+Twin(One|Two)Provider from file:\\S+"
                + " and \\S+Twin(One|Two)Provider from file:\\S+; none of them is used"), description);
        DuplicateProductException e = assertThrows(DuplicateProductException.class,
                () -> catalog.resolve("twin", "FailedOperation.One", Locale.ENGLISH));
        assertTrue(e.getMessage().contains("claimed by 2 providers") && e.getMessage().contains("TwinTwoProvider"),
                e.getMessage());
    }

    @Test
    void aMalformedBundleIsReportedWithItsFileAndTheOtherLocaleStillWorks() {
        Resolution zh = catalog.resolve("malformed", "FailedOperation.Malformed", ZH);
        assertEquals("操作失败：格式错误。", zh.message());
        Resolution en = catalog.resolve("malformed", "FailedOperation.Malformed", Locale.ENGLISH);
        assertEquals(MatchKind.COMMON_PARENT, en.kind(), "the closest known parent still answers");
        assertEquals("Operation failed.", en.message());
        List<CatalogProblem> found = problemsOf("malformed/en.json");
        assertEquals(2, found.size(), "the file, and the one key it could not give: " + found);
        CatalogProblem p = found.get(0);
        assertEquals(Optional.empty(), p.key());
        assertEquals(Optional.of("FailedOperation.Malformed"), found.get(1).key());
        assertEquals(Optional.of("malformed"), p.product());
        assertEquals("dev.errorcatalog.faulty.MalformedBundleProvider", p.providerClass());
        assertEquals(Optional.of("META-INF/errorcatalog/malformed/en.json"), p.file());
        assertTrue(p.description().contains("not valid JSON"), p.description());
    }

    @Test
    void aPatternThatDoesNotParseIsReportedWithItsKeyAndTheRestOfTheBundleWorks() {
        assertEquals("Operation failed: Good one.",
                catalog.resolve("badpattern", "FailedOperation.GoodOne", Locale.ENGLISH).message());
        assertEquals("操作失败：坏的。", catalog.resolve("badpattern", "FailedOperation.BadOne", ZH).message());
        Resolution bad = catalog.resolve("badpattern", "FailedOperation.BadOne", Locale.ENGLISH);
        assertEquals(MatchKind.COMMON_PARENT, bad.kind());
        CatalogProblem p = problemsOf("badpattern/en.json").get(0);
        assertEquals(Optional.of("FailedOperation.BadOne"), p.key());
        assertTrue(p.description().contains("not valid ICU MessageFormat"), p.description());
    }

    @Test
    void aMissingTranslationFallsBackToEnglishAndSaysSo() {
        Resolution r = catalog.resolve("nozh", "FailedOperation.NoZh", ZH);
        assertEquals("Operation failed: No Chinese bundle.", r.message());
        assertEquals(Locale.ENGLISH, r.locale());
        assertTrue(problemsOf("nozh/zh-CN.json").stream().anyMatch(p -> p.description().contains("the bundle file is missing")),
                catalog.problems().toString());
        assertTrue(problemsOf("nozh/zh-CN.json").stream().anyMatch(p -> p.key().equals(Optional.of("FailedOperation.NoZh"))
                && p.description().contains("the en text is used")), catalog.problems().toString());
    }

    @Test
    void strictModeMakesEveryProblemFatalAndListsThemAll() {
        CatalogLoadException e = assertThrows(CatalogLoadException.class,
                () -> ErrorCatalog.builder().discover(faultyClassPath()).strict(true).build());
        String message = e.getMessage();
        for (String needle : List.of("ThrowingConstructorProvider", "DoesNotExist", "ThrowingProductProvider",
                "malformed/en.json", "FailedOperation.BadOne", "nozh/zh-CN.json", "TwinOneProvider", "WrongCodesProvider",
                "CommonClaimProvider", "RecursingProductProvider")) {
            assertTrue(message.contains(needle), needle + " missing from: " + message);
        }
        assertTrue(e.problems().size() >= 10, message);
    }
}
