package dev.errorcatalog.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.errorcatalog.CoreNamesVod;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.MergesByTheOrderElsewhere;
import dev.errorcatalog.ProbesATableOffTheHotPath;
import dev.errorcatalog.archviolation.CoreUsesIcu;
import dev.errorcatalog.archviolation.CycleToI18n;
import dev.errorcatalog.archviolation.GuessesLanguageByScript;
import dev.errorcatalog.archviolation.NoApiStatus;
import dev.errorcatalog.archviolation.internal.MaintainedInternal;
import dev.errorcatalog.archviolation.PrintsToStandardOut;
import dev.errorcatalog.archviolation.ReadsABundleItself;
import dev.errorcatalog.archviolation.UsesJavaTextMessageFormat;
import dev.errorcatalog.i18n.archviolation.CycleToCore;
import dev.errorcatalog.i18n.LanguageScripts;
import dev.errorcatalog.i18n.archviolation.I18nUsesCatalog;
import dev.errorcatalog.i18n.internal.MessageBundle;
import dev.errorcatalog.internal.ProviderBundles;
import dev.errorcatalog.vod.archviolation.VodUsesI18n;
import dev.errorcatalog.vod.archviolation.VodUsesKms;
import dev.errorcatalog.kms.archviolation.OpenProvider;
import dev.errorcatalog.kms.KmsCatalogProvider;
import dev.errorcatalog.kms.KmsCode;
import dev.errorcatalog.spring.archviolation.StarterNamesKms;
import dev.errorcatalog.spi.CatalogProvider;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.vod.VodCode;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule, run against a class in the test sources that breaks it on purpose, reports that class. */
class ArchitectureRulesCanFailTest {

    private static void assertCaught(ArchRule rule, Class<?> violator, Class<?>... context) {
        JavaClasses classes = new ClassFileImporter().importClasses(concat(violator, context));
        EvaluationResult result = rule.evaluate(classes);
        assertTrue(result.hasViolation(), rule.getDescription() + " did not catch " + violator.getName());
        assertTrue(result.getFailureReport().toString().contains(violator.getSimpleName()), result.getFailureReport().toString());
        // and the same rule passes over the context alone, so it is the violator that was caught
        if (context.length > 0) {
            assertFalse(rule.allowEmptyShould(true).evaluate(new ClassFileImporter().importClasses(context)).hasViolation(),
                    rule.getDescription());
        }
    }

    private static Class<?>[] concat(Class<?> first, Class<?>[] rest) {
        Class<?>[] all = new Class<?>[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    @Test
    void i18nDependingOnTheCatalogIsCaught() {
        assertCaught(ArchitectureRules.I18N_KNOWS_NOTHING_OF_THE_CATALOG, I18nUsesCatalog.class, ErrorCode.class);
    }

    @Test
    void icuOutsideI18nIsCaught() {
        assertCaught(ArchitectureRules.ONLY_I18N_TOUCHES_ICU, CoreUsesIcu.class, ErrorCode.class);
    }

    @Test
    void coreNamingAProductIsCaught() {
        assertCaught(ArchitectureRules.CORE_NAMES_NO_PRODUCT, CoreNamesVod.class, VodCode.class);
    }

    @Test
    void aProductDependingOnAnotherIsCaught() {
        assertCaught(ArchitectureRules.PRODUCTS_ARE_INDEPENDENT, VodUsesKms.class, KmsCode.class, VodCode.class);
    }

    @Test
    void aProductUsingI18nDirectlyIsCaught() {
        assertCaught(ArchitectureRules.PRODUCTS_USE_ONLY_CORE_API, VodUsesI18n.class, VodCode.class);
    }

    @Test
    void aProviderThatServiceLoaderCannotUseIsCaught() {
        assertCaught(ArchitectureRules.PROVIDERS_ARE_LOADABLE, OpenProvider.class, KmsCatalogProvider.class);
    }

    @Test
    void javaTextMessageFormatIsCaught() {
        assertCaught(ArchitectureRules.NO_JAVA_TEXT_MESSAGE_FORMAT, UsesJavaTextMessageFormat.class);
    }

    @Test
    void aCycleBetweenModulesIsCaught() {
        assertCaught(ArchitectureRules.NO_CYCLES_BETWEEN_MODULES, CycleToCore.class, CycleToI18n.class);
    }

    @Test
    void aCycleBetweenPackagesIsCaught() {
        assertCaught(ArchitectureRules.NO_CYCLES_BETWEEN_PACKAGES, CycleToCore.class, CycleToI18n.class);
    }

    @Test
    void printingFromLibraryCodeIsCaught() {
        assertCaught(ArchitectureRules.LIBRARY_CODE_DOES_NOT_PRINT, PrintsToStandardOut.class);
    }

    @Test
    void anIntegrationNamingAProductIsCaught() {
        assertCaught(ArchitectureRules.INTEGRATIONS_NAME_NO_PRODUCT, StarterNamesKms.class, KmsCode.class);
    }

    @Test
    void aSecondReadingOfScriptDataIsCaught() {
        assertCaught(ArchitectureRules.ONE_OWNER_OF_LANGUAGE_SCRIPTS, GuessesLanguageByScript.class, LanguageScripts.class);
    }

    @Test
    void aPublicTypeWithoutApiStatusIsCaught() {
        assertCaught(ArchitectureRules.PUBLIC_TYPES_DECLARE_THEIR_STATUS, NoApiStatus.class, ErrorCode.class);
    }

    @Test
    void anInternalPackagePromisingMoreThanInternalIsCaught() {
        assertCaught(ArchitectureRules.INTERNAL_PACKAGES_ARE_INTERNAL, MaintainedInternal.class, MessageBundle.class);
    }

    @Test
    void aLookupOffTheHotPathIsCaught() {
        assertCaught(ArchitectureRules.THE_HOT_PATH_IS_FENCED, ProbesATableOffTheHotPath.class, ErrorCatalog.class);
    }

    @Test
    void aSecondMergeByTheOrderIsCaught() {
        assertCaught(ArchitectureRules.ONE_ASSEMBLER_READS_THE_ORDER, MergesByTheOrderElsewhere.class, ErrorCatalog.class);
    }

    @Test
    void aSecondReaderOfAProvidersBundleIsCaught() {
        // the context: the one reader, the spi's defaults, and a product's provider, all of which may call them
        assertCaught(ArchitectureRules.ONE_WAY_TO_A_PROVIDERS_BUNDLE, ReadsABundleItself.class, ProviderBundles.class,
                CatalogProvider.class, KmsCatalogProvider.class);
    }

    @Test
    void everyRuleHasAViolationTest() {
        long tests = java.util.Arrays.stream(getClass().getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Test.class)).count();
        assertEquals(ArchitectureRules.ALL.length + 1, tests);
        assertEquals(Set.of(ArchitectureRules.ALL).size(), ArchitectureRules.ALL.length);
    }
}
