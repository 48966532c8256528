package dev.errorcatalog.spring;

import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.spi.CatalogProvider;
import dev.errorcatalog.spi.ProductCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.info.Info;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the catalog shows under {@code /actuator/info}, and what asking costs it. */
class ErrorCatalogInfoContributorTest {
    @SuppressWarnings("unchecked")
    private static Map<String, Object> details(ErrorCatalogInfoContributor contributor) {
        Info.Builder builder = new Info.Builder();
        contributor.contribute(builder);
        return (Map<String, Object>) builder.build().getDetails().get("errorcatalog");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> product(Map<String, Object> details, String id) {
        return (Map<String, Object>) ((Map<String, Object>) details.get("products")).get(id);
    }

    @Test
    void eachProductWithItsDataVersionAndCodesAndNoProblems() {
        ErrorCatalog catalog = ErrorCatalog.load();
        Map<String, Object> details = details(new ErrorCatalogInfoContributor(catalog, getClass().getClassLoader()));
        assertEquals(catalog.products().stream().map(ProductId::value).toList(),
                List.copyOf(((Map<?, ?>) details.get("products")).keySet()));
        Map<String, Object> vod = product(details, "vod");
        assertEquals(catalog.product("vod").provenance().dataVersion().orElseThrow(), vod.get("dataVersion"));
        assertEquals(catalog.product("vod").codes().size(), vod.get("codes"));
        assertEquals(0, details.get("problemCount"));
        assertEquals(List.of(), details.get("problems"));
    }

    /** A product whose bundle is missing: a problem the first time it is used. */
    public static final class Broken implements CatalogProvider {
        @Override
        public ProductId product() {
            return ProductId.of("broken");
        }

        @Override
        public List<Locale> locales() {
            return List.of(Locale.ENGLISH);
        }

        @Override
        public Collection<? extends CodeDefinition> codes() {
            return List.of(CodeDefinition.of("broken", "FailedOperation.Gone", CodeMetadata.NONE));
        }

        @Override
        public Optional<InputStream> openBundle(Locale locale) {
            return Optional.empty();
        }
    }

    @Test
    void theProblemsFoundSoFarAreShownAModuleWithoutADataVersionHasNone() {
        ErrorCatalog catalog = ErrorCatalog.builder().provider(new Broken()).build();
        ErrorCatalogInfoContributor contributor = new ErrorCatalogInfoContributor(catalog, getClass().getClassLoader());
        catalog.product("broken").resolve("FailedOperation.Gone", Locale.ENGLISH);

        Map<String, Object> details = details(contributor);

        assertTrue((int) details.get("problemCount") >= 1, details.toString());
        List<?> problems = (List<?>) details.get("problems");
        assertEquals(catalog.problems().stream().map(Object::toString).toList(), problems);
        assertTrue(problems.get(0).toString().contains("broken"), problems.toString());
        assertFalse(product(details, "broken").containsKey("dataVersion"), details.toString());
        assertEquals(1, product(details, "broken").get("codes"));
    }

    /** A collection that counts the products it is asked to make. */
    public static final class CountingCollection implements ProductCollection {
        static final AtomicInteger MADE = new AtomicInteger();

        @Override
        public List<ProductId> products() {
            return List.of(ProductId.of("lazyone"), ProductId.of("lazytwo"));
        }

        @Override
        public CatalogProvider provider(ProductId product) {
            MADE.incrementAndGet();
            throw new IllegalStateException("not to be made by asking for information");
        }
    }

    @Test
    void aCollectionsProductsAreListedWithoutBeingMade(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(ProductCollection.class.getName()), CountingCollection.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.toUri().toURL()}, getClass().getClassLoader())) {
            ErrorCatalog catalog = ErrorCatalog.builder().discover(loader).build();
            assertTrue(catalog.products().contains(ProductId.of("lazyone")), catalog.products().toString());

            Map<String, Object> details = details(new ErrorCatalogInfoContributor(catalog, loader));

            assertEquals(Map.of("readWhenFirstUsed", true), product(details, "lazyone"));
            assertEquals(Map.of("readWhenFirstUsed", true), product(details, "lazytwo"));
            assertEquals(0, CountingCollection.MADE.get());
            assertTrue(product(details, "kms").containsKey("codes"), details.toString());
        }
    }

    /** A product of thirty codes whose bundle words none of them, nor anything it should: a problem for each. */
    public static final class Wordless implements CatalogProvider {
        @Override
        public ProductId product() {
            return ProductId.of("wordless");
        }

        @Override
        public List<Locale> locales() {
            return List.of(Locale.ENGLISH);
        }

        @Override
        public Collection<? extends CodeDefinition> codes() {
            return java.util.stream.IntStream.rangeClosed(1, 30)
                    .mapToObj(i -> CodeDefinition.of("wordless", "FailedOperation.Code" + i, CodeMetadata.NONE)).toList();
        }

        @Override
        public Optional<InputStream> openBundle(Locale locale) {
            return Optional.of(new java.io.ByteArrayInputStream("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    @Test
    void atMostTwentyProblemsAreShownAndAllAreCounted() {
        ErrorCatalog catalog = ErrorCatalog.builder().provider(new Wordless()).build();
        catalog.product("wordless").resolve("FailedOperation.Code1", Locale.ENGLISH);
        int count = catalog.problems().size();
        assertTrue(count > ErrorCatalogInfoContributor.PROBLEMS_SHOWN, catalog.problems().toString());

        Map<String, Object> details = details(new ErrorCatalogInfoContributor(catalog, getClass().getClassLoader()));

        assertEquals(count, details.get("problemCount"));
        assertEquals(catalog.problems().stream().limit(ErrorCatalogInfoContributor.PROBLEMS_SHOWN).map(Object::toString)
                .toList(), details.get("problems"));
    }
}
