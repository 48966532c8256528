package dev.errorcatalog.testing;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.Meaning;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.Source;
import dev.errorcatalog.spi.CatalogProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tests every product module of this repository runs, the same way: discovery through {@code META-INF/services}
 * and fidelity to its source documents, row by row. A module's test extends this and adds resolution tests of its own;
 * the provider contract is checked with the testkit's {@code ProviderContract}: by the generated {@code *ContractTest}
 * of a generated module, by the module's own test of one kept by hand.
 */
public abstract class ProductModuleTest {
    /** Relative links in the source documents point into this site. */
    private static final URI DOCUMENT_SITE = URI.create("https://cloud.tencent.com/");

    protected final ErrorCatalog catalog = ErrorCatalog.builder().discover(getClass().getClassLoader()).strict(true).build();

    /** A fresh instance of the module's provider. */
    protected abstract CatalogProvider provider();

    /** The module's source documents (copies in {@code seeds/} of its test resources) and their language. */
    protected abstract Map<String, Locale> documents();

    /** How many rows each document has, as counted by hand, so a parsing slip cannot hide rows. */
    protected abstract Map<String, Integer> expectedRows();

    protected final String product() {
        return provider().product().value();
    }

    @Test
    void theServiceLoaderFindsTheModule() {
        ProductId id = provider().product();
        assertTrue(catalog.products().contains(id), catalog.products().toString());
        assertEquals(provider().getClass().getName(), catalog.product(id.value()).provider());
        assertEquals(List.of(), catalog.problems());
    }

    @Test
    void theDocumentsHaveTheRowsCountedByHand() {
        documents().keySet().forEach(d -> assertEquals(expectedRows().get(d), SeedDocument.read(d).size(), d));
    }

    @Test
    void theDocumentCopiesAreTheSharedDocuments() {
        org.junit.jupiter.api.Assumptions.assumeTrue(SeedDocument.sharedSeedsPresent(), "../shared/seeds is not beside the checkout");
        documents().keySet().forEach(d -> assertEquals(Optional.empty(), SeedDocument.differenceFromShared(d)));
    }

    @TestFactory
    Stream<DynamicTest> everyRowOfTheDocumentsResolvesToItsText() {
        return documents().entrySet().stream().flatMap(d -> SeedDocument.read(d.getKey()).stream()
                .map(row -> DynamicTest.dynamicTest(d.getKey().substring(0, 3) + " " + row.table() + " " + row.code(),
                        () -> checkRow(row, d.getValue()))));
    }

    private void checkRow(SeedDocument.Row row, Locale locale) {
        Resolution r = catalog.product(product()).resolve(row.code(), locale);
        assertTrue(r.exact(), () -> row + ": " + r.explain());
        assertEquals(locale, r.locale(), row.toString());
        switch (row.table()) {
            case BUSINESS -> {
                assertEquals(row.text(), r.message(), row.toString());
                assertEquals(Source.Kind.DOCUMENT, r.origin().kind(), () -> row + " says it came from " + r.origin());
                assertTrue(r.origin().title().contains(row.document()), () -> row + " says it came from " + r.origin());
            }
            case LEGACY -> {
                assertTrue(meanings(r).contains(new Meaning(row.title(), row.text())), () -> row + " is not among " + meanings(r));
                assertTrue(r.origin().kind() == Source.Kind.DOCUMENT && r.origin().title().contains(row.document()),
                        () -> row + " says it came from " + r.origin());
            }
            case COMMON -> {
                // DESIGN.md: a common-table row resolves to one of the documents' wordings of that common code;
                // core's own wording is checked against its documents (001 for zh-CN, 002 for en) in core.
                Set<String> wordings = documents().entrySet().stream().filter(e -> e.getValue().equals(locale))
                        .flatMap(e -> SeedDocument.read(e.getKey()).stream())
                        .filter(o -> o.code().equals(row.code())).map(SeedDocument.Row::text)
                        .collect(Collectors.toSet());
                String core = catalog.resolve("common", row.code(), locale).message();
                assertTrue(wordings.contains(r.message()) || r.message().equals(core), () -> row + " resolved to " + r.message());
            }
        }
        for (String link : row.links()) {
            assertEquals(Optional.of(DOCUMENT_SITE.resolve(link)), r.helpUrl(), row.toString());
        }
    }

    /** The primary meaning and the variants, with titles. */
    protected static List<Meaning> meanings(Resolution r) {
        List<Meaning> all = new ArrayList<>();
        all.add(new Meaning(r.title(), r.message()));
        all.addAll(r.variants());
        return all;
    }

    @Test
    void everyCodeHasTextInEveryLocaleOfItsOwn() {
        for (Locale locale : provider().locales()) {
            List<Resolution> entries = catalog.product(product()).entries(locale);
            assertEquals(provider().codes().size(), entries.size());
            for (Resolution r : entries) {
                assertEquals(locale, r.locale(), r.toString());
                assertTrue(!r.message().isBlank() && !r.message().equals(r.requested()), r.toString());
                assertTrue(r.origin().kind() != Source.Kind.PRODUCT_MODULE, () -> r + " does not say where its text came from");
            }
        }
    }
}
