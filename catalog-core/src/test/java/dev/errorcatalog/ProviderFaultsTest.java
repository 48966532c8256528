package dev.errorcatalog;

import dev.errorcatalog.internal.Throwables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
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
        assertTrue(catalog.products().contains(ProductId.of("same")));
        assertFalse(catalog.products().contains(ProductId.of("other")));
        assertEquals(Locale.ENGLISH, catalog.product("same").locale(Locale.SIMPLIFIED_CHINESE));
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
    void aStackRunningOutAtFirstUseIsTheCallersAndLeavesNothingBehind() {
        // first use happens on the caller's stack: an overflow there may be the caller's own depth, not the provider's
        int[] calls = {0};
        ScriptedProvider p = good("deep");
        Function<Locale, Optional<InputStream>> works = p.openBundle;
        p.openBundle = l -> {
            if (calls[0]++ == 0) {
                throw new StackOverflowError("out of stack on purpose");
            }
            return works.apply(l);
        };
        ErrorCatalog catalog = ErrorCatalog.builder().provider(p).build();
        assertThrows(StackOverflowError.class, () -> catalog.resolve("deep", "FailedOperation.Works", Locale.ENGLISH));
        assertEquals("Works.", catalog.resolve("deep", "FailedOperation.Works", Locale.ENGLISH).message(),
                "nothing of the failed first use is kept: the next call reads the bundle");
        assertEquals(List.of(), catalog.problems());
        p.openProvenance = () -> {
            throw new StackOverflowError("out of stack on purpose");
        };
        ErrorCatalog sheetless = ErrorCatalog.builder().provider(good("plain")).provider(p).build();
        assertThrows(StackOverflowError.class, () -> sheetless.resolve("deep", "FailedOperation.Works", Locale.ENGLISH).origin());
        assertEquals(List.of(), sheetless.problems());
    }

    /** Every call the catalog makes into a provider's code, each made to fail with a given error. */
    static Stream<Arguments> everyCallIntoAProvider() {
        Map<String, BiConsumer<ScriptedProvider, Supplier<Error>>> calls = new LinkedHashMap<>();
        calls.put("product()", (p, e) -> p.product = () -> {
            throw e.get();
        });
        calls.put("locales()", (p, e) -> p.locales = () -> {
            throw e.get();
        });
        calls.put("codes()", (p, e) -> p.codes = () -> {
            throw e.get();
        });
        calls.put("priority()", (p, e) -> p.priority = () -> {
            throw e.get();
        });
        calls.put("bundlePath()", (p, e) -> p.bundlePath = l -> {
            throw e.get();
        });
        calls.put("openBundle()", (p, e) -> p.openBundle = l -> {
            throw e.get();
        });
        calls.put("the bundle's read()", (p, e) -> p.openBundle = l -> Optional.of(failingRead(e)));
        calls.put("provenancePath()", (p, e) -> p.provenancePath = () -> {
            throw e.get();
        });
        calls.put("openProvenance()", (p, e) -> p.openProvenance = () -> {
            throw e.get();
        });
        calls.put("the provenance file's read()", (p, e) -> p.openProvenance = () -> Optional.of(failingRead(e)));
        calls.put("a code's product()", (p, e) -> p.codes = () -> List.of(new FailingDefinition("broken", e, 0, -1, -1)));
        calls.put("a code's code()", (p, e) -> p.codes = () -> List.of(new FailingDefinition("broken", e, -1, 0, -1)));
        calls.put("a code's metadata()", (p, e) -> p.codes = () -> List.of(new FailingDefinition("broken", e, -1, -1, 0)));
        List<Supplier<Error>> errors = List.of(() -> new StackOverflowError("failed on purpose"),
                () -> new NoClassDefFoundError("failed on purpose"), () -> new ExceptionInInitializerError("failed on purpose"));
        return calls.entrySet().stream().flatMap(c -> errors.stream().map(e -> Arguments.of(c.getKey(),
                e.get().getClass().getSimpleName(), c.getValue(), e)));
    }

    @ParameterizedTest(name = "{0} throwing {1}")
    @MethodSource("everyCallIntoAProvider")
    void anErrorFromAnyCallIntoAProviderIsThatProvidersProblem(String call, String error,
                                                               BiConsumer<ScriptedProvider, Supplier<Error>> breaks,
                                                               Supplier<Error> thrown) {
        ScriptedProvider broken = good("broken");
        breaks.accept(broken, thrown);
        ErrorCatalog catalog = ErrorCatalog.builder().provider(broken).provider(good("fine")).build();
        assertEquals("Works.", catalog.resolve("fine", "FailedOperation.Works", Locale.ENGLISH).message());
        List<CatalogProblem> problems = catalog.loadAll();
        assertTrue(problems.stream().anyMatch(p -> p.providerClass().equals(ScriptedProvider.class.getName())
                && p.description().contains(error + ": failed on purpose")), problems.toString());

        ScriptedProvider brokenAgain = good("broken");
        breaks.accept(brokenAgain, thrown);
        CatalogLoadException e = assertThrows(CatalogLoadException.class,
                () -> ErrorCatalog.builder().provider(brokenAgain).provider(good("fine")).strict(true).build());
        assertTrue(e.getMessage().contains(error + ": failed on purpose"), e.getMessage());
    }

    @Test
    void aProviderRecursingWithoutEndIsReportedAndTheOthersLoad() {
        ScriptedProvider deep = good("deep");
        deep.product = new Supplier<>() {
            @Override
            public ProductId get() {
                return get();
            }
        };
        ErrorCatalog catalog = ErrorCatalog.builder().provider(deep).provider(good("fine")).build();
        assertEquals("Works.", catalog.resolve("fine", "FailedOperation.Works", Locale.ENGLISH).message());
        assertTrue(catalog.problems().stream().anyMatch(p -> p.description().contains("StackOverflowError")), catalog.problems().toString());
        assertThrows(CatalogLoadException.class,
                () -> ErrorCatalog.builder().provider(deep).provider(good("fine")).strict(true).build());
    }

    @Test
    void aCodesDefinitionIsReadOnceWhenTheProviderIsRegistered() {
        ScriptedProvider once = good("once");
        once.codes = () -> List.of(new FailingDefinition("once", () -> new StackOverflowError("asked again"), 1, 1, 1));
        ErrorCatalog catalog = ErrorCatalog.builder().provider(once).strict(true).build();
        assertEquals("Works.", catalog.resolve("once", "FailedOperation.Works", Locale.ENGLISH).message());
        assertEquals(List.of(ErrorCode.parse("FailedOperation.Works")), catalog.product("once").codes());
        assertEquals(RetryAdvice.TRANSIENT, catalog.resolve("once", "FailedOperation.Works", Locale.ENGLISH).retry());
    }

    @Test
    void anErrorWhoseDescriptionFailsOrWhoseCausesGoRoundIsStillReported() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second); // first -> second -> first -> ...
        RuntimeException unprintable = new RuntimeException() {
            @Override
            public String getMessage() {
                throw new IllegalStateException("no message on purpose");
            }
        };
        ScriptedProvider circular = good("circular");
        circular.product = () -> {
            throw first;
        };
        ScriptedProvider silent = good("silent");
        silent.locales = () -> {
            throw unprintable;
        };
        ErrorCatalog catalog = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> ErrorCatalog.builder().provider(circular).provider(silent).provider(good("fine")).build());
        assertTrue(catalog.products().contains(ProductId.of("fine")));
        List<String> descriptions = assertTimeoutPreemptively(Duration.ofSeconds(10), catalog::loadAll).stream()
                .map(CatalogProblem::description).toList(); // a product's one provider is read at first use
        assertTrue(descriptions.stream().anyMatch(d -> d.contains("java.lang.RuntimeException: first; caused by java.lang.RuntimeException: second")
                && d.length() < 1000), descriptions.toString());
        assertTrue(descriptions.stream().anyMatch(d -> d.contains(unprintable.getClass().getName())), descriptions.toString());
    }

    @Test
    void aBundleThatIsNotUtf8IsAProblemNamingItsFileAndWhereAndFailsAStrictLoad() {
        byte[] json = {'{', '"', 'F', 'a', 'i', 'l', 'e', 'd', 'O', 'p', 'e', 'r', 'a', 't', 'i', 'o', 'n', '.', 'W', 'o', 'r', 'k', 's',
                '"', ':', ' ', '"', 'W', (byte) 0xC0, (byte) 0xAF, '"', '}'}; // an overlong '/'
        ScriptedProvider p = good("bytes");
        p.openBundle = l -> Optional.of(new java.io.ByteArrayInputStream(json));
        ErrorCatalog catalog = ErrorCatalog.builder().provider(p).build();
        assertEquals(MatchKind.COMMON_PARENT, catalog.resolve("bytes", "FailedOperation.Works", Locale.ENGLISH).kind(),
                "no text read with a replacement character");
        CatalogProblem problem = catalog.problems().get(0);
        assertEquals(Optional.of("scripted/bytes/en.json"), problem.file());
        assertTrue(problem.description().startsWith("not UTF-8: the byte(s) 0xC0 at byte offset 28 (line 1, column 29)"),
                problem.description());
        ScriptedProvider again = good("bytes");
        again.openBundle = p.openBundle;
        CatalogLoadException e = assertThrows(CatalogLoadException.class,
                () -> ErrorCatalog.builder().provider(again).strict(true).build());
        assertTrue(e.getMessage().contains("scripted/bytes/en.json: not UTF-8"), e.getMessage());
    }

    @Test
    void aProvenanceFileThatIsNotUtf8IsAProblemNamingWhere() {
        ScriptedProvider p = good("sheet");
        p.openProvenance = () -> Optional.of(new java.io.ByteArrayInputStream(
                new byte[]{'{', '"', 'd', 'a', 't', 'a', 'V', 'e', 'r', 's', 'i', 'o', 'n', '"', ':', '"', (byte) 0xFF, '"', '}'}));
        ErrorCatalog catalog = ErrorCatalog.builder().provider(p).build();
        List<CatalogProblem> problems = catalog.loadAll();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).description().contains("not UTF-8: the byte(s) 0xFF at byte offset 16 (line 1, column 17)"),
                problems.get(0).description());
        assertEquals(Optional.empty(), catalog.product("sheet").provenance().dataVersion());
    }

    @Test
    void aBundleReadWholeIsKeptWhenItsStreamFailsToClose() {
        ScriptedProvider p = good("closing");
        Function<Locale, Optional<InputStream>> open = p.openBundle;
        p.openBundle = l -> open.apply(l).map(ProviderFaultsTest::failingClose);
        p.openProvenance = () -> Optional.of(failingClose(new java.io.ByteArrayInputStream(
                "{\"dataVersion\": \"2025-01\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        ErrorCatalog catalog = ErrorCatalog.builder().provider(p).strict(true).build();
        Resolution r = catalog.resolve("closing", "FailedOperation.Works", Locale.ENGLISH);
        assertEquals("Works.", r.message());
        assertEquals(MatchKind.EXACT, r.kind());
        assertEquals(Optional.of("2025-01"), catalog.product("closing").provenance().dataVersion());
        assertEquals(List.of(), catalog.problems(), "the close failure says nothing of what was read");
    }

    private static InputStream failingClose(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() throws IOException {
                throw new IOException("close failed on purpose");
            }
        };
    }

    private static InputStream failingRead(Supplier<Error> e) {
        return new InputStream() {
            @Override
            public int read() {
                throw e.get();
            }
        };
    }

    /** A definition of FailedOperation.Works (transient) whose methods fail from their n-th call on (-1: never). */
    private static final class FailingDefinition implements CodeDefinition {
        private final ProductId product;
        private final Supplier<Error> error;
        private final int[] failFrom;
        private final int[] calls = new int[3];

        FailingDefinition(String product, Supplier<Error> error, int productFrom, int code, int metadata) {
            this.product = ProductId.of(product);
            this.error = error;
            this.failFrom = new int[]{productFrom, code, metadata};
        }

        private void call(int which) {
            if (failFrom[which] >= 0 && calls[which]++ >= failFrom[which]) {
                throw error.get();
            }
        }

        @Override
        public ProductId product() {
            call(0);
            return product;
        }

        @Override
        public ErrorCode code() {
            call(1);
            return ErrorCode.parse("FailedOperation.Works");
        }

        @Override
        public CodeMetadata metadata() {
            call(2);
            return CodeMetadata.retry(RetryAdvice.TRANSIENT);
        }
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
                Throwables.describe(new IllegalStateException("outer", new IOException("inner"))));
        assertEquals("java.lang.RuntimeException: alone",
                Throwables.describe(new RuntimeException("alone")));
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
