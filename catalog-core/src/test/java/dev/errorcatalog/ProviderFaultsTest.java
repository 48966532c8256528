package dev.errorcatalog;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A provider's faults are its own and are reported, except errors of the virtual machine, which go on up; a
 * path that cannot be had is stood in for; one class found twice for one product is one provider.
 */
class ProviderFaultsTest {
    private static ScriptedProvider good(String id) {
        return new ScriptedProvider(id, Map.of(Locale.ENGLISH, "{\"FailedOperation.Works\": \"Works.\"}"), "FailedOperation.Works");
    }

    @Test
    void twoInstancesOfOneClassForOneProductAreOneProvider() {
        ErrorCatalog catalog = ErrorCatalog.builder().provider(good("same")).provider(good("same")).build();
        assertEquals("Works.", catalog.resolve("same", "FailedOperation.Works", Locale.ENGLISH).message());
        assertEquals(List.of(), catalog.problems());
        assertTrue(catalog.hasProduct("same"));
        assertFalse(catalog.hasProduct("other"));
        assertEquals(Locale.ENGLISH, catalog.negotiate("same", Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aProductMethodRunningOutOfMemoryIsNotReportedAsAProblem() {
        ScriptedProvider p = good("exhausted");
        p.product = () -> {
            throw new OutOfMemoryError("product() exhausted on purpose");
        };
        OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> ErrorCatalog.builder().provider(p).build());
        assertEquals("product() exhausted on purpose", e.getMessage());
    }

    @Test
    void anOpenBundleRunningOutOfMemoryIsNotReportedAsAProblem() {
        ScriptedProvider p = good("exhausted");
        p.openBundle = l -> {
            throw new OutOfMemoryError("openBundle exhausted on purpose");
        };
        ErrorCatalog catalog = ErrorCatalog.builder().provider(p).build();
        OutOfMemoryError e = assertThrows(OutOfMemoryError.class,
                () -> catalog.resolve("exhausted", "FailedOperation.Works", Locale.ENGLISH));
        assertEquals("openBundle exhausted on purpose", e.getMessage());
    }

    @Test
    void aBundlePathRunningOutOfStackIsNotReportedAsAProblem() {
        ScriptedProvider p = good("deep");
        p.bundlePath = l -> {
            throw new StackOverflowError("bundlePath too deep on purpose");
        };
        ErrorCatalog catalog = ErrorCatalog.builder().provider(p).build();
        StackOverflowError e = assertThrows(StackOverflowError.class,
                () -> catalog.resolve("deep", "FailedOperation.Works", Locale.ENGLISH));
        assertEquals("bundlePath too deep on purpose", e.getMessage());
    }

    @Test
    void aBundlePathThatThrowsIsStoodInForInLaterReports() {
        ScriptedProvider p = new ScriptedProvider("nopath", Map.of(), "FailedOperation.Works");
        p.bundlePath = l -> {
            throw new IllegalStateException("bundlePath failed", new IOException("disk gone"));
        };
        ErrorCatalog catalog = ErrorCatalog.builder().provider(p).build();
        assertEquals(MatchKind.COMMON_PARENT, catalog.resolve("nopath", "FailedOperation.Works", Locale.ENGLISH).kind());
        List<String> reports = catalog.problems().stream()
                .map(c -> c.file().orElse("-") + ": " + c.description()).toList();
        assertTrue(reports.contains("-: bundlePath(en) threw java.lang.IllegalStateException: bundlePath failed;"
                + " caused by java.io.IOException: disk gone"), reports.toString());
        assertTrue(reports.contains("(the en bundle of nopath): the bundle file is missing"), reports.toString());
    }

    @Test
    void anErrorIsDescribedWithItsCauses() {
        assertEquals("java.lang.IllegalStateException: outer; caused by java.io.IOException: inner",
                ProviderRegistry.describe(new IllegalStateException("outer", new IOException("inner"))));
        assertEquals("java.lang.RuntimeException: alone",
                ProviderRegistry.describe(new RuntimeException("alone")));
    }

    @Test
    void aProvenanceFileThatCannotBeOpenedIsReportedAndTheTextsComeFromTheModule() {
        ScriptedProvider p = good("nosheet");
        p.openProvenance = () -> {
            throw new IllegalStateException("provenance gone");
        };
        ErrorCatalog catalog = ErrorCatalog.builder().provider(p).build();
        Resolution r = catalog.resolve("nosheet", "FailedOperation.Works", Locale.ENGLISH);
        assertEquals("Works.", r.message());
        assertEquals(List.of(), catalog.problems(), "the file is read when an origin is first asked for");
        assertEquals(Source.Kind.PRODUCT_MODULE, r.origin().kind());
        List<String> reports = catalog.problems().stream()
                .map(c -> c.file().orElse("-") + ": " + c.description()).toList();
        assertEquals(List.of("META-INF/errorcatalog/nosheet/provenance.json: the provenance file cannot be read:"
                + " java.lang.IllegalStateException: provenance gone"), reports);
    }

    @Test
    void aProvenanceFileRunningOutOfMemoryIsNotReportedAsAProblem() {
        ScriptedProvider p = good("exhausted");
        p.openProvenance = () -> {
            throw new OutOfMemoryError("provenance exhausted on purpose");
        };
        ErrorCatalog catalog = ErrorCatalog.builder().provider(p).build();
        Resolution r = catalog.resolve("exhausted", "FailedOperation.Works", Locale.ENGLISH);
        OutOfMemoryError e = assertThrows(OutOfMemoryError.class, r::origin);
        assertEquals("provenance exhausted on purpose", e.getMessage());
    }
}
