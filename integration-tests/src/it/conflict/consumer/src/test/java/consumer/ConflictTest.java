package consumer;

import dev.errorcatalog.CatalogLoadException;
import dev.errorcatalog.CatalogProblem;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.DuplicateProductException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two jars with the same product id: the error names both providers and the jars they came from. */
class ConflictTest {

    @Test
    void bothAreNamedAndNeitherIsUsed() {
        ErrorCatalog catalog = ErrorCatalog.load();
        List<CatalogProblem> problems = catalog.problems();
        assertEquals(2, problems.size(), problems.toString());
        String description = problems.get(0).description();
        assertTrue(description.contains("twin.one.TwinOneProvider") && description.contains("twin.two.TwinTwoProvider"), description);
        assertTrue(description.contains("twin-one") && description.contains("twin-two"), "names the jars: " + description);
        DuplicateProductException e = assertThrows(DuplicateProductException.class,
                () -> catalog.resolve("twin", "FailedOperation.Twin", Locale.ENGLISH));
        assertTrue(e.getMessage().contains("claimed by 2 providers"), e.getMessage());
        assertEquals("Operation failed.", catalog.resolve("common", "FailedOperation.Twin", Locale.ENGLISH).message());
    }

    @Test
    void strictModeFailsTheLoad() {
        CatalogLoadException e = assertThrows(CatalogLoadException.class, () -> ErrorCatalog.builder()
                .discover(getClass().getClassLoader()).strict(true).build());
        assertTrue(e.getMessage().contains("product id twin is claimed by 2 providers"), e.getMessage());
    }
}
