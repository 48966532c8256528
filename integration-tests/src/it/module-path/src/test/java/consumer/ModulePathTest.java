package consumer;

import dev.errorcatalog.ProductId;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.kms.KmsCatalogProvider;
import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs on the module path (the project has a module-info), so ServiceLoader binds providers by module. */
class ModulePathTest {
    @Test
    void theModulesAreNamedAndTheProviderIsFound() {
        assertEquals("dev.errorcatalog.core", ErrorCatalog.class.getModule().getName());
        assertEquals("dev.errorcatalog.kms", KmsCatalogProvider.class.getModule().getName());
        assertEquals("consumer", Messages.class.getModule().getName());
        assertTrue(ErrorCatalog.load().products().contains(ProductId.of("kms")));
        assertEquals("CMK不存在。", Messages.of("kms", "ResourceUnavailable.CmkNotFound", Locale.SIMPLIFIED_CHINESE));
        assertEquals("Invalid parameter value.", Messages.of("kms", "InvalidParameterValue.Unheard", Locale.ENGLISH));
    }

    @Test
    void aUserSeesTheApiAndNotWhatOnlyCoreUses() {
        Module core = ErrorCatalog.class.getModule();
        Module i18n = core.getLayer().findModule("dev.errorcatalog.i18n").orElseThrow();
        Module user = ModulePathTest.class.getModule();
        assertEquals(Set.of("dev.errorcatalog", "dev.errorcatalog.spi"), unqualifiedExports(core));
        assertEquals(Set.of("dev.errorcatalog.i18n", "dev.errorcatalog.i18n.verify", "dev.errorcatalog.i18n.text"), unqualifiedExports(i18n));
        for (String internal : Set.of("dev.errorcatalog.i18n.internal", "dev.errorcatalog.i18n.json")) {
            assertFalse(i18n.isExported(internal, user), internal);
            assertTrue(i18n.isExported(internal, core), internal);
        }
    }

    private static Set<String> unqualifiedExports(Module module) {
        return module.getDescriptor().exports().stream().filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    }
}
