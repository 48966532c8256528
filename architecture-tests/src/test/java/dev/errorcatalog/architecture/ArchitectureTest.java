package dev.errorcatalog.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.generator.ProductList;
import dev.errorcatalog.i18n.Message;
import dev.errorcatalog.legacy.LegacyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules over the production classes of every module in the reactor. */
class ArchitectureTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.errorcatalog");
    }

    @Test
    void everyModuleIsImported() {
        Set<String> modules = production.stream().map(c -> ArchitectureRules.moduleOf(c.getPackageName()))
                .collect(Collectors.toSet());
        assertTrue(modules.containsAll(Set.of("i18n", "core", "cli", "tencentcloud", "spring", "testkit", "generator")),
                modules.toString());
        // every shipped product, from the one list of them
        ProductList list = ProductList.of(Path.of("..").toAbsolutePath().normalize());
        list.products().forEach(p -> assertTrue(modules.contains(p.id()), p.id() + " in " + modules));
        for (Class<?> c : new Class<?>[]{ErrorCatalog.class, Message.class, LegacyCode.class}) {
            assertTrue(production.contain(c), c.getName());
        }
        list.generated().forEach(p -> assertTrue(production.contain(p.javaPackage() + "." + p.enumName()), p.enumName()));
    }

    @Test
    void i18nKnowsNothingOfTheCatalog() {
        ArchitectureRules.I18N_KNOWS_NOTHING_OF_THE_CATALOG.check(production);
    }

    @Test
    void onlyI18nTouchesIcu() {
        ArchitectureRules.ONLY_I18N_TOUCHES_ICU.check(production);
    }

    @Test
    void oneOwnerOfLanguageScripts() {
        ArchitectureRules.ONE_OWNER_OF_LANGUAGE_SCRIPTS.check(production);
    }

    @Test
    void coreNamesNoProduct() {
        ArchitectureRules.CORE_NAMES_NO_PRODUCT.check(production);
    }

    @Test
    void productsAreIndependent() {
        ArchitectureRules.PRODUCTS_ARE_INDEPENDENT.check(production);
    }

    @Test
    void productsUseOnlyCoreApi() {
        ArchitectureRules.PRODUCTS_USE_ONLY_CORE_API.check(production);
    }

    @Test
    void providersAreLoadable() {
        ArchitectureRules.PROVIDERS_ARE_LOADABLE.check(production);
    }

    @Test
    void noJavaTextMessageFormat() {
        ArchitectureRules.NO_JAVA_TEXT_MESSAGE_FORMAT.check(production);
    }

    @Test
    void noCyclesBetweenModules() {
        ArchitectureRules.NO_CYCLES_BETWEEN_MODULES.check(production);
    }

    @Test
    void noCyclesBetweenPackages() {
        ArchitectureRules.NO_CYCLES_BETWEEN_PACKAGES.check(production);
    }

    @Test
    void libraryCodeDoesNotPrint() {
        ArchitectureRules.LIBRARY_CODE_DOES_NOT_PRINT.check(production);
    }

    @Test
    void integrationsNameNoProduct() {
        ArchitectureRules.INTEGRATIONS_NAME_NO_PRODUCT.check(production);
    }

    @Test
    void publicTypesDeclareTheirStatus() {
        ArchitectureRules.PUBLIC_TYPES_DECLARE_THEIR_STATUS.check(production);
    }

    @Test
    void internalPackagesAreInternal() {
        ArchitectureRules.INTERNAL_PACKAGES_ARE_INTERNAL.check(production);
    }

    @Test
    void theHotPathIsFenced() {
        ArchitectureRules.THE_HOT_PATH_IS_FENCED.check(production);
    }

    @Test
    void oneAssemblerReadsTheOrder() {
        ArchitectureRules.ONE_ASSEMBLER_READS_THE_ORDER.check(production);
    }

    @Test
    void oneWayToAProvidersBundle() {
        ArchitectureRules.ONE_WAY_TO_A_PROVIDERS_BUNDLE.check(production);
    }

    @Test
    void everyRuleIsCheckedHere() {
        long tested = Arrays.stream(ArchitectureTest.class.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Test.class)).count();
        assertEquals(ArchitectureRules.ALL.length + 2, tested, "one test per rule, plus the two about the tests themselves");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"dev.errorcatalog, core", "dev.errorcatalog.spi, core", "dev.errorcatalog.internal, core", "dev.errorcatalog.i18n, i18n",
            "dev.errorcatalog.vod, vod", "dev.errorcatalog.acme.sub, acme", "com.example, ''"})
    void modulesAreToldApartByPackage(String pkg, String module) {
        assertEquals(module, ArchitectureRules.moduleOf(pkg));
    }
}
