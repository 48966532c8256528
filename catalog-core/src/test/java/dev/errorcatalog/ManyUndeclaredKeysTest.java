package dev.errorcatalog;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bundle full of keys the product does not declare: first use stays linear in the size of the bundle. Each key
 * reported on its own made as many problems as keys, each one copying every problem before it.
 */
class ManyUndeclaredKeysTest {

    @Test
    void aBundleOfManyUndeclaredKeysIsReportedWithBoundedProblems() {
        int n = 50_000;
        StringBuilder json = new StringBuilder("{\"FailedOperation.Known\": \"Known.\"");
        for (int i = 0; i < n; i++) {
            json.append(",\"Undeclared.Key").append(i).append("\": \"Text.\"");
        }
        json.append('}');
        ErrorCatalog catalog = ErrorCatalog.builder()
                .provider(new ScriptedProvider("many", Map.of(Locale.ENGLISH, json.toString()), "FailedOperation.Known")).build();
        assertEquals("Known.", catalog.resolve("many", "FailedOperation.Known", Locale.ENGLISH).message());
        List<CatalogProblem> problems = catalog.problems();
        assertTrue(problems.size() <= 11, problems.size() + " problems");
        assertTrue(problems.stream().anyMatch(p -> p.key().equals(java.util.Optional.of("Undeclared.Key0"))), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.description().contains((n - 10) + " more keys")), problems.toString());
    }
}
