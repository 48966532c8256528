package dev.errorcatalog;

import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The strict catalog is one call, and it discovers what the lenient one does. */
class LoadStrictTest {

    @Test
    void loadStrictDiscoversAndFailsOnTheProblemsLoadReports() {
        URL folder = getClass().getClassLoader().getResource("faulty-providers/");
        ClassLoader faulty = new URLClassLoader(new URL[]{folder}, getClass().getClassLoader());
        ErrorCatalog lenient = withContextLoader(faulty, ErrorCatalog::load);
        assertTrue(lenient.products().contains(ProductId.of("demo")), "load() discovers: " + lenient.products());
        assertFalse(lenient.problems().isEmpty());
        CatalogLoadException e = assertThrows(CatalogLoadException.class, () -> withContextLoader(faulty, ErrorCatalog::loadStrict));
        assertTrue(e.problems().size() >= lenient.problems().size(), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.providerClass().endsWith("RecursingProductProvider")
                && p.description().contains("StackOverflowError")), "a provider recursing without end is one problem: " + e.getMessage());
    }

    @Test
    void loadStrictOfGoodModulesIsACatalogOfThem() {
        ErrorCatalog strict = withContextLoader(getClass().getClassLoader(), ErrorCatalog::loadStrict);
        assertEquals(strict.products(), ErrorCatalog.load().products());
        assertEquals(java.util.List.of(), strict.problems());
    }

    private static <T> T withContextLoader(ClassLoader loader, Supplier<T> action) {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(loader);
        try {
            return action.get();
        } finally {
            t.setContextClassLoader(before);
        }
    }
}
