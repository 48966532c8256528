package dev.errorcatalog;

import dev.errorcatalog.demo.DemoCatalogProvider;
import dev.errorcatalog.spi.CatalogProvider;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A company's wording laid over a shipped product, by priority, reported; equal standing stays a conflict. */
class OverlayTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    /** ACME's support wording for demo: one code reworded, one added, English only. */
    public static class AcmeDemoWording implements CatalogProvider {
        private final int priority;

        public AcmeDemoWording() {
            this(10);
        }

        AcmeDemoWording(int priority) {
            this.priority = priority;
        }

        @Override
        public ProductId product() {
            return ProductId.of("demo");
        }

        @Override
        public List<Locale> locales() {
            return List.of(Locale.ENGLISH);
        }

        @Override
        public Collection<? extends CodeDefinition> codes() {
            return List.of(CodeDefinition.of("demo", "FailedOperation.DemoBusy", CodeMetadata.NONE),
                    CodeDefinition.of("demo", "FailedOperation.DemoTired", CodeMetadata.retry(RetryAdvice.TRANSIENT)));
        }

        @Override
        public String bundlePath(Locale locale) {
            return "overlay/acme/" + locale.toLanguageTag() + ".json";
        }

        @Override
        public int priority() {
            return priority;
        }
    }

    /** Another overlay, of another class. */
    public static class OtherWording extends AcmeDemoWording {
    }

    // the overlay is given first: the priority decides, not the order
    private final ErrorCatalog catalog = ErrorCatalog.builder().provider(new AcmeDemoWording())
            .provider(new DemoCatalogProvider()).strict(true).build();

    @Test
    void theOverlaysTextReplacesTheProductsInTheLocalesItShips() {
        Resolution en = catalog.resolve("demo", "FailedOperation.DemoBusy", Locale.ENGLISH);
        assertEquals("The demo is busy: ACME support will call you back.", en.message());
        assertEquals(MatchKind.EXACT, en.kind());
        assertEquals(RetryAdvice.TRANSIENT, en.retry(), "rewording keeps what the product says of the code");
        assertEquals("操作失败：演示繁忙。", catalog.resolve("demo", "FailedOperation.DemoBusy", ZH).message(),
                "no Chinese in the overlay: the product's own stays");
    }

    @Test
    void theOverlayAddsCodesToTheProduct() {
        Resolution added = catalog.resolve("demo", "FailedOperation.DemoTired", ZH);
        assertEquals("The demo needs a rest.", added.message());
        assertEquals(Locale.ENGLISH, added.locale());
        assertEquals(MatchKind.EXACT, added.kind());
        assertEquals(RetryAdvice.TRANSIENT, added.retry());
        assertTrue(catalog.product("demo").codes().contains(ErrorCode.parse("FailedOperation.DemoTired")));
        assertEquals("Demo operation failed.", catalog.resolve("demo", "FailedOperation.Other", Locale.ENGLISH).message(),
                "the rest of the product is as it was");
    }

    @Test
    void theOverlayIsReportedNotSilentAndNotAProblem() {
        assertEquals(List.of(new Overlay(ProductId.of("demo"), AcmeDemoWording.class.getName(), 10,
                DemoCatalogProvider.class.getName(), List.of(ErrorCode.parse("FailedOperation.DemoBusy")),
                List.of(ErrorCode.parse("FailedOperation.DemoTired")))), catalog.overlays());
        assertEquals(List.of(), catalog.problems());
        assertEquals(DemoCatalogProvider.class.getName(), catalog.product("demo").provider());
    }

    @Test
    void theOverlaySaysInOneLineWhatItRewordsAndAdds() {
        assertEquals("product demo is overlaid by " + AcmeDemoWording.class.getName() + " (priority 10) over "
                        + DemoCatalogProvider.class.getName() + ": 1 code(s) reworded [FailedOperation.DemoBusy], 1 added"
                        + " [FailedOperation.DemoTired]",
                catalog.overlays().get(0).toString());
    }

    @Test
    void aProductWithoutOverlaysReportsNone() {
        assertEquals(List.of(), ErrorCatalog.builder().provider(new DemoCatalogProvider()).build().overlays());
    }

    @Test
    void twoOverlaysOfEqualStandingAreAConflictNamingBoth() {
        ErrorCatalog tied = ErrorCatalog.builder().provider(new DemoCatalogProvider()).provider(new AcmeDemoWording())
                .provider(new OtherWording()).build();
        DuplicateProductException e = assertThrows(DuplicateProductException.class,
                () -> tied.resolve("demo", "FailedOperation", Locale.ENGLISH));
        assertTrue(e.getMessage().contains(AcmeDemoWording.class.getName())
                && e.getMessage().contains(OtherWording.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains("priority 10"), e.getMessage());
        assertEquals(List.of(), tied.overlays());
        assertEquals(3, tied.problems().size(), tied.problems().toString());
    }

    @Test
    void anOverlaysFallbackToItsDefaultLanguageDoesNotReplaceTheProductsTextInTheLocale() {
        ErrorCatalog partial = ErrorCatalog.builder().provider(new AcmeDemoWording() {
            @Override
            public List<Locale> locales() {
                return List.of(Locale.ENGLISH, ZH);
            }

            @Override
            public Collection<? extends CodeDefinition> codes() {
                return List.of(CodeDefinition.of("demo", "FailedOperation", CodeMetadata.NONE),
                        CodeDefinition.of("demo", "FailedOperation.DemoBusy", CodeMetadata.NONE));
            }

            @Override
            public String bundlePath(Locale locale) {
                return "overlay/acme-partial/" + locale.toLanguageTag() + ".json";
            }
        }).provider(new DemoCatalogProvider()).build();
        assertEquals("ACME：演示繁忙。", partial.message("demo", "FailedOperation.DemoBusy", ZH));
        Resolution notTranslated = partial.resolve("demo", "FailedOperation", ZH);
        assertEquals("演示操作失败。", notTranslated.message(), "the product's Chinese, not the overlay's English");
        assertEquals(ZH, notTranslated.locale());
        assertEquals("ACME: the demo failed.", partial.message("demo", "FailedOperation", Locale.ENGLISH));
        assertTrue(partial.loadAll().stream().anyMatch(p -> p.toString().contains("FailedOperation")),
                "the overlay's missing translation is still reported");
    }

    /** A third party's provider of demo with a priority below the product's own: English only, its own advice. */
    public static class BelowDemo extends AcmeDemoWording {
        public BelowDemo() {
            super(-1);
        }

        @Override
        public Collection<? extends CodeDefinition> codes() {
            return List.of(CodeDefinition.of("demo", "FailedOperation.DemoBusy", CodeMetadata.retry(RetryAdvice.DO_NOT_RETRY)),
                    CodeDefinition.of("demo", "DemoLimit.PerUser", CodeMetadata.retry(RetryAdvice.DO_NOT_RETRY)),
                    CodeDefinition.of("demo", "FailedOperation.DemoBelow", CodeMetadata.retry(RetryAdvice.DO_NOT_RETRY)));
        }

        @Override
        public String bundlePath(Locale locale) {
            return "overlay/below/" + locale.toLanguageTag() + ".json";
        }
    }

    @Test
    void aProviderBelowTheProductsOwnTakesNothingFromItAndIsReported() {
        // given first, and of a lower priority than the product: it must not become the base the product is laid on
        ErrorCatalog below = ErrorCatalog.builder().provider(new BelowDemo()).provider(new DemoCatalogProvider()).build();
        assertEquals("操作失败：演示繁忙。", below.message("demo", "FailedOperation.DemoBusy", ZH), "the product keeps its Chinese");
        assertEquals(List.of(Locale.ENGLISH, ZH), below.product("demo").locales());
        assertEquals(RetryAdvice.TRANSIENT, below.resolve("demo", "FailedOperation.DemoBusy", Locale.ENGLISH).retry());
        assertEquals(RetryAdvice.THROTTLED, below.resolve("demo", "DemoLimit.PerUser", Locale.ENGLISH).retry(),
                "the product's advice, not the lower provider's");
        assertEquals(DemoCatalogProvider.class.getName(), below.product("demo").provider());
        assertEquals(List.of(Source.productModule(DemoCatalogProvider.class.getName())), below.product("demo").provenance().sources());
        assertEquals(MatchKind.PARENT, below.resolve("demo", "FailedOperation.DemoBelow", Locale.ENGLISH).kind(),
                "nothing of the lower provider is used");
        assertEquals(List.of(), below.overlays());
        List<CatalogProblem> problems = below.problems();
        assertEquals(1, problems.size(), problems.toString());
        CatalogProblem p = problems.get(0);
        assertEquals(BelowDemo.class.getName(), p.providerClass());
        assertEquals(java.util.Optional.of("demo"), p.product());
        assertTrue(p.description().contains("priority -1") && p.description().contains(DemoCatalogProvider.class.getName()),
                p.description());
        CatalogLoadException e = assertThrows(CatalogLoadException.class, () -> ErrorCatalog.builder()
                .provider(new BelowDemo()).provider(new DemoCatalogProvider()).strict(true).build());
        assertTrue(e.getMessage().contains(BelowDemo.class.getName()), e.getMessage());
    }

    @Test
    void providersBelowTheProductsOwnTiedAmongThemselvesDoNotTakeItDown() {
        ErrorCatalog below = ErrorCatalog.builder().provider(new BelowDemo()).provider(new BelowDemo() {
        }).provider(new DemoCatalogProvider()).build();
        assertEquals("操作失败：演示繁忙。", below.message("demo", "FailedOperation.DemoBusy", ZH));
        assertEquals(2, below.problems().size(), below.problems().toString());
        assertTrue(below.problems().stream().allMatch(p -> p.description().contains("priority -1")), below.problems().toString());
    }

    @Test
    void aProviderBelowZeroServesAProductNothingElseProvides() {
        ErrorCatalog alone = ErrorCatalog.builder().provider(new BelowDemo()).strict(true).build();
        assertEquals("Below: only here.", alone.message("demo", "FailedOperation.DemoBelow", Locale.ENGLISH));
        assertEquals(BelowDemo.class.getName(), alone.product("demo").provider());
    }

    @Test
    void overlaysStackByPriority() {
        ErrorCatalog stacked = ErrorCatalog.builder().provider(new OtherWording() {
            @Override
            public int priority() {
                return 20;
            }

            @Override
            public Collection<? extends CodeDefinition> codes() {
                return List.of(CodeDefinition.of("demo", "FailedOperation.DemoTired", CodeMetadata.NONE));
            }

            @Override
            public String bundlePath(Locale locale) {
                return "overlay/acme-top/" + locale.toLanguageTag() + ".json";
            }
        }).provider(new AcmeDemoWording()).provider(new DemoCatalogProvider()).strict(true).build();
        assertEquals("Rest, please.", stacked.message("demo", "FailedOperation.DemoTired", Locale.ENGLISH));
        assertEquals(RetryAdvice.TRANSIENT, stacked.resolve("demo", "FailedOperation.DemoTired", Locale.ENGLISH).retry());
        assertEquals(List.of(10, 20), stacked.overlays().stream().map(Overlay::priority).toList());
        assertEquals(AcmeDemoWording.class.getName(), stacked.overlays().get(1).over());
        assertEquals(List.of(ErrorCode.parse("FailedOperation.DemoTired")), stacked.overlays().get(1).reworded());
    }
}
