package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.generator.CommonTables;
import dev.errorcatalog.generator.ProductList;
import dev.errorcatalog.generator.SdkEnumParser;
import dev.errorcatalog.generator.SdkSources;
import dev.errorcatalog.i18n.LanguageScripts;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every code of every official list in ../shared/sources (both SDK editions' enums for each generated product of
 * data/products.json, and the
 * common tables) resolves exactly in its product, in English and in Chinese, with text in the right script: the
 * catalog as a user with every module installed sees it.
 */
class OfficialListsResolveTest {
    private static final Path SOURCES = Path.of("..", "..", "shared", "sources");
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    private final ErrorCatalog catalog = ErrorCatalog.builder().discover(getClass().getClassLoader()).strict(true).build();

    @TestFactory
    Stream<DynamicTest> everyOfficialCodeResolvesExactlyInBothLanguages() {
        assumeTrue(Files.isDirectory(SOURCES), "../shared/sources is not beside the checkout");
        List<DynamicTest> tests = new ArrayList<>();
        List<String> products = ProductList.of(Path.of("..")).generated().stream().map(ProductList.Product::id).toList();
        for (String product : products) {
            TreeSet<String> codes = new TreeSet<>();
            for (String sdk : List.of("tencentcloud-sdk-java-3.2.11", "tencentcloud-sdk-java-intl-en-3.1.16")) {
                SdkSources.open(SOURCES.resolve(sdk)).product(product).orElseThrow().values()
                        .forEach(f -> f.constants().stream().map(SdkEnumParser.Constant::code).forEach(codes::add));
            }
            codes.forEach(code -> tests.add(DynamicTest.dynamicTest(product + " " + code, () -> check(product, code, MatchKind.EXACT))));
        }
        CommonTables common = CommonTables.read(SOURCES.resolve("teco-code-generators/data.swift"));
        TreeSet<String> commonCodes = new TreeSet<>(common.chinese().keySet());
        commonCodes.addAll(common.english().keySet());
        commonCodes.forEach(code -> tests.add(DynamicTest.dynamicTest("common " + code, () -> check("common", code, MatchKind.EXACT))));
        // one test per shipped code: the lists hold no code the catalog lacks (check) and the catalog none they lack
        int shipped = catalog.product("common").entries(Locale.ENGLISH).size();
        for (String product : products) {
            shipped += catalog.product(product).entries(Locale.ENGLISH).size();
        }
        assertEquals(shipped, tests.size());
        return tests.stream();
    }

    private void check(String product, String code, MatchKind kind) {
        for (Locale locale : LOCALES) {
            Resolution r = catalog.product(product).resolve(code, locale);
            assertEquals(kind, r.kind(), r.explain());
            assertEquals(locale, r.locale(), r.explain());
            assertFalse(r.message().isBlank(), r.explain());
            assertEquals(Optional.empty(), LanguageScripts.misfit(r.message(), locale), () -> locale + " text in the wrong script: " + r.message());
        }
    }
}
