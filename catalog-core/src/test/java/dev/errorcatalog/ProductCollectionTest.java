package dev.errorcatalog;

import dev.errorcatalog.spi.CatalogProvider;
import dev.errorcatalog.spi.ProductCollection;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Many products in one module: listed at load, each read when first used, each on its own when it breaks. */
class ProductCollectionTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    /** A collection whose products are made by the test, counting what was asked of it. */
    static final class Scripted implements ProductCollection {
        final List<ProductId> ids;
        final Function<ProductId, CatalogProvider> make;
        final List<ProductId> made = new ArrayList<>();

        Scripted(Function<ProductId, CatalogProvider> make, String... ids) {
            this.ids = java.util.Arrays.stream(ids).map(ProductId::of).toList();
            this.make = make;
        }

        @Override
        public List<ProductId> products() {
            return ids;
        }

        @Override
        public CatalogProvider provider(ProductId product) {
            made.add(product);
            return make.apply(product);
        }
    }

    private static CatalogProvider product(ProductId id) {
        return new ScriptedProvider(id.value(), Map.of(Locale.ENGLISH, "{\"ResourceNotFound.Thing\": \"The " + id + " thing does not exist.\"}"),
                "ResourceNotFound.Thing");
    }

    @Test
    void loadingListsTheProductsAndReadsNone() {
        Scripted all = new Scripted(ProductCollectionTest::product, "cvm", "vpc", "cos");
        ErrorCatalog catalog = ErrorCatalog.builder().collection(all).build();

        assertEquals(List.of("common", "cos", "cvm", "vpc"), catalog.products().stream().map(ProductId::value).toList());
        assertEquals(List.of(), all.made, "no product is made at load");
        assertEquals("Product[cvm, " + Scripted.class.getName() + "]", catalog.product("cvm").toString());

        assertEquals("The cvm thing does not exist.", catalog.message("cvm", "ResourceNotFound.Thing", Locale.ENGLISH));
        assertEquals(List.of(ProductId.of("cvm")), all.made, "only the product used is made");
        catalog.product("cvm").resolve("ResourceNotFound.Thing", Locale.ENGLISH);
        assertEquals(1, all.made.size(), "a product is made once");

        assertTrue(catalog.loadAll().isEmpty());
        assertEquals(3, all.made.size(), "loadAll makes every product");
        assertEquals(List.of(), catalog.problems());
    }

    @Test
    void aProductWithAProviderOfItsOwnIsServedByThatProvider() {
        Scripted all = new Scripted(ProductCollectionTest::product, "cvm", "vod");
        ScriptedProvider own = new ScriptedProvider("vod", Map.of(Locale.ENGLISH, "{\"FailedOperation.Own\": \"Own text.\"}"),
                "FailedOperation.Own");
        ErrorCatalog catalog = ErrorCatalog.builder().collection(all).provider(own).build();

        catalog.loadAll();
        assertEquals(List.of(ProductId.of("cvm")), all.made, "the collection's vod is never made");
        assertEquals(ScriptedProvider.class.getName(), catalog.product("vod").provider());
        assertEquals("Own text.", catalog.message("vod", "FailedOperation.Own", Locale.ENGLISH));
        assertEquals(List.of(), catalog.problems());
    }

    @Nested
    class ABrokenProductLeavesTheOthersWorking {
        @Test
        void whoseProviderCannotBeMade() {
            Scripted all = new Scripted(id -> {
                if (id.value().equals("vpc")) {
                    throw new IllegalStateException("no data for vpc");
                }
                return product(id);
            }, "cvm", "vpc");
            ErrorCatalog catalog = ErrorCatalog.builder().collection(all).build();

            Resolution r = catalog.product("vpc").resolve("ResourceNotFound.Thing", Locale.ENGLISH);
            assertEquals(MatchKind.COMMON_PARENT, r.kind(), "the common codes still answer");
            assertEquals("common:ResourceNotFound", r.path().get(r.path().size() - 1));
            assertEquals("The cvm thing does not exist.", catalog.message("cvm", "ResourceNotFound.Thing", Locale.ENGLISH));

            CatalogProblem p = catalog.problems().get(0);
            assertEquals(1, catalog.problems().size(), catalog.problems().toString());
            assertEquals(java.util.Optional.of("vpc"), p.product());
            assertEquals(Scripted.class.getName(), p.providerClass());
            assertTrue(p.description().startsWith("provider(vpc) threw java.lang.IllegalStateException: no data for vpc"), p.description());
            assertTrue(p.description().endsWith("it answers with the common codes only"), p.description());
            assertEquals(List.of(), catalog.product("vpc").codes());
        }

        @Test
        void whoseProviderIsNullOrAnotherProducts() {
            Scripted all = new Scripted(id -> id.value().equals("vpc") ? null : product(ProductId.of("cos")), "cvm", "vpc");
            ErrorCatalog catalog = ErrorCatalog.builder().collection(all).build();
            catalog.loadAll();
            List<String> why = catalog.problems().stream().map(p -> p.product().orElseThrow() + ": " + p.description()).toList();
            assertEquals(List.of("cvm: provider(cvm) gave a provider of cos; it answers with the common codes only",
                    "vpc: provider(vpc) returned null; it answers with the common codes only"), why.stream().sorted().toList());
        }

        @Test
        void whoseProviderBreaksARule() {
            Scripted all = new Scripted(id -> {
                ScriptedProvider p = (ScriptedProvider) product(id);
                if (id.value().equals("vpc")) {
                    p.locales = List::of;
                }
                return p;
            }, "cvm", "vpc");
            ErrorCatalog catalog = ErrorCatalog.builder().collection(all).build();
            assertEquals(MatchKind.COMMON_PARENT, catalog.product("vpc").resolve("ResourceNotFound.Thing", Locale.ENGLISH).kind());
            assertEquals(1, catalog.problems().size(), catalog.problems().toString());
            assertEquals(ScriptedProvider.class.getName(), catalog.problems().get(0).providerClass(), "the rule breaker is named");
            assertEquals(MatchKind.EXACT, catalog.product("cvm").resolve("ResourceNotFound.Thing", Locale.ENGLISH).kind());
        }

        @Test
        void whoseListCannotBeRead() {
            ProductCollection broken = new ProductCollection() {
                @Override
                public List<ProductId> products() {
                    throw new UnsupportedOperationException("index missing");
                }

                @Override
                public CatalogProvider provider(ProductId product) {
                    throw new AssertionError("never asked");
                }
            };
            Scripted all = new Scripted(ProductCollectionTest::product, "cvm");
            ErrorCatalog catalog = ErrorCatalog.builder().collection(broken).collection(all).build();
            assertEquals(List.of("common", "cvm"), catalog.products().stream().map(ProductId::value).toList());
            assertTrue(catalog.problems().get(0).description().startsWith("products() threw java.lang.UnsupportedOperationException: index missing"),
                    catalog.problems().toString());
        }
    }

    @Test
    void aProductTwoCollectionsListIsTheFirstsAndTheSecondIsTold() {
        Scripted first = new Scripted(ProductCollectionTest::product, "cvm");
        Scripted second = new Scripted(ProductCollectionTest::product, "cvm", "common");
        ErrorCatalog catalog = ErrorCatalog.builder().collection(first).collection(second).collection(first).build();
        catalog.loadAll();
        assertEquals(List.of(ProductId.of("cvm")), first.made);
        assertEquals(List.of(), second.made);
        assertEquals(List.of("cvm: also listed by " + Scripted.class.getName() + ", which serves it",
                        "-: products() lists common, which is core's; left out"),
                catalog.problems().stream().map(p -> p.product().orElse("-") + ": " + p.description()).toList());
    }

    /** Listed in a service file: public, with a public no-argument constructor. */
    public static final class Listed implements ProductCollection {
        @Override
        public List<ProductId> products() {
            return List.of(ProductId.of("lighthouse"));
        }

        @Override
        public CatalogProvider provider(ProductId product) {
            return product(product);
        }
    }

    @Test
    void aCollectionIsFoundByItsServiceFileAndAWrongLineIsNamed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path root) throws Exception {
        java.nio.file.Path file = root.resolve("META-INF/services/" + ProductCollection.class.getName());
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, Listed.class.getName() + "\n" + ScriptedProvider.class.getName() + "\n");
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[]{root.toUri().toURL()},
                getClass().getClassLoader())) {
            ErrorCatalog catalog = ErrorCatalog.builder().discover(loader).build();
            assertEquals("The lighthouse thing does not exist.", catalog.message("lighthouse", "ResourceNotFound.Thing", Locale.ENGLISH));
            assertEquals(List.of(ScriptedProvider.class.getName() + ": is not a " + ProductCollection.class.getName()),
                    catalog.problems().stream().map(p -> p.providerClass() + ": " + p.description()).toList());
        }
    }

    @Nested
    class ACodeWordedInOneLanguageOnly {
        private final ErrorCatalog catalog;

        ACodeWordedInOneLanguageOnly() {
            Map<Locale, String> bundles = new LinkedHashMap<>();
            bundles.put(Locale.ENGLISH, "{\"ResourceNotFound.Both\": \"Both: not found.\"}");
            bundles.put(ZH, "{\"ResourceNotFound.Both\": \"两者：未找到。\", \"ResourceNotFound.ChineseOnly\": \"只有中文：未找到。\", "
                    + "\"InternalError\": \"云服务器内部错误。\"}");
            ScriptedProvider p = new ScriptedProvider("cvm", bundles, "ResourceNotFound.Both", "ResourceNotFound.ChineseOnly", "InternalError");
            p.locales = () -> List.of(Locale.ENGLISH, ZH);
            p.hasText = (code, locale) -> !(code.value().equals("ResourceNotFound.ChineseOnly") || code.value().equals("InternalError"))
                    || !locale.equals(Locale.ENGLISH);
            catalog = ErrorCatalog.builder().provider(p).build();
        }

        @Test
        void isExactInItsLanguage() {
            Resolution zh = catalog.product("cvm").resolve("ResourceNotFound.ChineseOnly", ZH);
            assertEquals(MatchKind.EXACT, zh.kind());
            assertEquals("只有中文：未找到。", zh.message());
            assertEquals(List.of(), zh.exactTextIn());
        }

        @Test
        void answersInAnotherFromItsClosestAncestorAndSaysWhereItsOwnTextIs() {
            Resolution en = catalog.product("cvm").resolve("ResourceNotFound.ChineseOnly", Locale.ENGLISH);
            assertEquals(MatchKind.COMMON_PARENT, en.kind());
            assertEquals(Locale.ENGLISH, en.locale(), "never the Chinese text to an English reader");
            assertEquals(catalog.message("common", "ResourceNotFound", Locale.ENGLISH), en.message());
            assertEquals(List.of(ZH), en.exactTextIn());
            assertEquals("ResourceNotFound.ChineseOnly is a cvm code without en text (its own is in zh-CN); answered with "
                    + "common:ResourceNotFound", en.explain());
            assertSame(en.exactTextIn(), catalog.product("cvm").resolve("ResourceNotFound.ChineseOnly", Locale.ENGLISH).exactTextIn(),
                    "remembered like any fallback");
            assertEquals(List.of(ZH), catalog.product("cvm").resolve(ApiError.of("ResourceNotFound.ChineseOnly", "server says", "req-1"),
                    Locale.ENGLISH).exactTextIn(), "with a server's message too");
            assertEquals(List.of(), catalog.problems(), "a code a source words in one language is no fault");
        }

        @Test
        void aCommonCodeOfTheSameNameAnswersInAnotherAndSaysWhereTheProductsOwnTextIs() {
            Resolution en = catalog.product("cvm").resolve("InternalError", Locale.ENGLISH);
            assertEquals(MatchKind.COMMON, en.kind());
            assertEquals(catalog.message("common", "InternalError", Locale.ENGLISH), en.message());
            assertEquals(List.of(ZH), en.exactTextIn());
            assertEquals("InternalError is a cvm code without en text (its own is in zh-CN); answered with common:InternalError", en.explain());
            assertEquals("云服务器内部错误。", catalog.product("cvm").resolve("InternalError", ZH).message());
            assertEquals(List.of(), catalog.product("cvm").resolve("InternalError", ZH).exactTextIn());
        }

        @Test
        void aCodeTheProductDoesNotDeclareNamesNoLanguage() {
            assertEquals(List.of(), catalog.product("cvm").resolve("ResourceNotFound.Other", Locale.ENGLISH).exactTextIn());
            assertFalse(catalog.product("cvm").resolve("ResourceNotFound.Other", Locale.ENGLISH).explain().contains("its own"));
        }

        @Test
        void theEnglishEntriesListOnlyWhatIsWordedInEnglish() {
            assertEquals(List.of("ResourceNotFound.Both"), catalog.product("cvm").entries(Locale.ENGLISH).stream()
                    .map(r -> r.matchedCode().orElseThrow().value()).toList());
            assertEquals(3, catalog.product("cvm").codes().size());
        }
    }

    @Nested
    class BundlesAreDroppedOnceTheirTablesAreBuilt {
        @Test
        void aDroppedBundleReadAgainForAnotherLocalesFallbackIsNotReportedTwice() {
            Map<Locale, String> bundles = new LinkedHashMap<>();
            bundles.put(Locale.ENGLISH, "{\"FailedOperation.A\": \"A failed.\", \"FailedOperation.B\": \"B failed.\", \"FailedOperation.Stray\": \"Stray.\"}");
            bundles.put(ZH, "{\"FailedOperation.A\": \"甲失败。\"}");
            ScriptedProvider p = new ScriptedProvider("cvm", bundles, "FailedOperation.A", "FailedOperation.B");
            p.locales = () -> List.of(Locale.ENGLISH, ZH);
            List<Locale> opened = new ArrayList<>();
            var open = p.openBundle;
            p.openBundle = l -> {
                opened.add(l);
                return open.apply(l);
            };
            ErrorCatalog catalog = ErrorCatalog.builder().provider(p).build();

            assertEquals("B failed.", catalog.message("cvm", "FailedOperation.B", Locale.ENGLISH));
            assertEquals("B failed.", catalog.message("cvm", "FailedOperation.B", ZH), "the default locale's text stands in");
            assertEquals(List.of(Locale.ENGLISH, ZH, Locale.ENGLISH), opened, "English read again for the Chinese table's gap");
            List<String> problems = catalog.problems().stream().map(CatalogProblem::description).toList();
            assertEquals(1, problems.stream().filter(d -> d.contains("expected keys")).count(), problems.toString());
            assertEquals(1, problems.stream().filter(d -> d.contains("no usable text in zh-CN")).count(), problems.toString());
        }

        @Test
        void aHasTextThatThrowsIsReportedAndTheCodeTakenToBeWorded() {
            ScriptedProvider p = new ScriptedProvider("cvm", Map.of(Locale.ENGLISH, "{\"FailedOperation.A\": \"A failed.\"}"),
                    "FailedOperation.A");
            p.hasText = (code, locale) -> {
                throw new IllegalStateException("no index");
            };
            ErrorCatalog catalog = ErrorCatalog.builder().provider(p).build();
            assertEquals("A failed.", catalog.message("cvm", "FailedOperation.A", Locale.ENGLISH));
            assertTrue(catalog.problems().stream().anyMatch(x -> x.description()
                    .equals("hasText(FailedOperation.A, en) threw java.lang.IllegalStateException: no index")), catalog.problems().toString());
        }
    }
}
