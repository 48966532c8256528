package consumer;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.kms.KmsCatalogProvider;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs on the module path (the project has a module-info), so ServiceLoader binds providers by module. */
class ModulePathTest {
    @Test
    void theModulesAreNamedAndTheProviderIsFound() {
        assertEquals("dev.errorcatalog.core", ErrorCatalog.class.getModule().getName());
        assertEquals("dev.errorcatalog.kms", KmsCatalogProvider.class.getModule().getName());
        assertEquals("consumer", Messages.class.getModule().getName());
        assertTrue(ErrorCatalog.load().hasProduct("kms"));
        assertEquals("CMK不存在。", Messages.of("kms", "ResourceUnavailable.CmkNotFound", Locale.SIMPLIFIED_CHINESE));
        assertEquals("Invalid parameter value.", Messages.of("kms", "InvalidParameterValue.Unheard", Locale.ENGLISH));
    }
}
