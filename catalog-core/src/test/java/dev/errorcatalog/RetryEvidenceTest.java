package dev.errorcatalog;

import dev.errorcatalog.spi.CatalogProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every retry advice says which entry, rule and text gave it; a corrected message says what it corrects. */
class RetryEvidenceTest {
    private static final Locale EN = Locale.ENGLISH;

    /** A product whose provenance file gives evidence for some advice, none for another, and one corrected text. */
    static final class Evidence implements CatalogProvider {
        @Override
        public ProductId product() {
            return ProductId.of("evidence");
        }

        @Override
        public List<Locale> locales() {
            return List.of(EN);
        }

        @Override
        public List<CodeDefinition> codes() {
            return List.of(CodeDefinition.of("evidence", "LimitExceeded.RateLimitExceeded", CodeMetadata.retry(RetryAdvice.THROTTLED)),
                    CodeDefinition.of("evidence", "FailedOperation.TaskRunning", CodeMetadata.retry(RetryAdvice.BUSY)),
                    CodeDefinition.of("evidence", "FailedOperation.Fixed", CodeMetadata.NONE),
                    CodeDefinition.of("evidence", "RequestLimitExceeded", CodeMetadata.retry(RetryAdvice.THROTTLED)));
        }
    }

    private final Product product = ErrorCatalog.builder().provider(new Evidence()).build().product("evidence");

    @Test
    void adviceFromTheProductsDataSaysItsRuleAndTheWordsThatGaveIt() {
        Resolution r = product.resolve("LimitExceeded.RateLimitExceeded", EN);
        assertEquals(RetryAdvice.THROTTLED, r.retry());
        assertEquals(Optional.of(new RetryEvidence(RetryAdvice.THROTTLED, "evidence:LimitExceeded.RateLimitExceeded", "throttling",
                "name: LimitExceeded.RateLimitExceeded (\"RateLimit\")")), r.retryEvidence());
        assertEquals("THROTTLED by rule throttling (name: LimitExceeded.RateLimitExceeded (\"RateLimit\")) of"
                + " evidence:LimitExceeded.RateLimitExceeded", r.retryEvidence().orElseThrow().describe());
    }

    @Test
    void adviceAModuleGivesWithoutEvidenceSaysSo() {
        assertEquals(Optional.of(new RetryEvidence(RetryAdvice.BUSY, "evidence:FailedOperation.TaskRunning", "module",
                "the product module's own advice, without evidence")), product.resolve("FailedOperation.TaskRunning", EN).retryEvidence());
    }

    @Test
    void noAdviceHasNoEvidence() {
        assertEquals(RetryAdvice.UNKNOWN, product.resolve("FailedOperation.Fixed", EN).retry());
        assertEquals(Optional.empty(), product.resolve("FailedOperation.Fixed", EN).retryEvidence());
        assertEquals(Optional.empty(), product.resolve("No.Such.Code", EN).retryEvidence());
    }

    @Test
    void aSubcodesAdviceIsTheCoveringEntrysWithItsEvidenceThoughTheProductAdvisesOnTheCategoryItself() {
        // the product's own RequestLimitExceeded advises for itself alone; the common code's covers every subcode
        Resolution own = product.resolve("RequestLimitExceeded", EN);
        assertEquals("evidence:RequestLimitExceeded", own.retryEvidence().orElseThrow().decidedBy());
        Resolution sub = product.resolve("RequestLimitExceeded.Burst", EN);
        assertEquals(MatchKind.PARENT, sub.kind());
        assertEquals(RetryAdvice.THROTTLED, sub.retry());
        RetryEvidence e = sub.retryEvidence().orElseThrow();
        assertEquals("common:RequestLimitExceeded", e.decidedBy());
        assertEquals("throttling", e.rule());
        assertEquals("category RequestLimitExceeded", e.evidence());
    }

    @Test
    void aCorrectedMessageIsOfKindCorrectionAndNamesTheTextItReplaces() {
        Resolution r = product.resolve("FailedOperation.Fixed", EN);
        assertEquals("The key material is invalid.", r.message());
        assertEquals(Source.Kind.CORRECTION, r.origin().kind());
        assertTrue(r.origin().describe().contains("correction of tencentcloud-sdk-java-intl-en 3.1.16"), r.origin().describe());
        Correction c = r.correction().orElseThrow();
        assertEquals(new Source("sdk-en", Source.Kind.SDK, "tencentcloud-sdk-java-intl-en", "3.1.16", "Apache-2.0"), c.corrected());
        assertEquals("The key material is valid.", c.replaced());
        assertEquals("The name says Invalid.", c.why());
        assertEquals(Optional.empty(), product.resolve("LimitExceeded.RateLimitExceeded", EN).correction());
        assertEquals(Optional.empty(), product.resolve("No.Such.Code", EN).correction());
    }

    /** The same product, counting how often its provenance file is opened. */
    static final class CountedEvidence implements CatalogProvider {
        final java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();
        private final Evidence evidence = new Evidence();

        @Override
        public ProductId product() {
            return evidence.product();
        }

        @Override
        public List<Locale> locales() {
            return evidence.locales();
        }

        @Override
        public List<CodeDefinition> codes() {
            return evidence.codes();
        }

        @Override
        public Optional<java.io.InputStream> openBundle(Locale locale) throws java.io.IOException {
            return evidence.openBundle(locale);
        }

        @Override
        public Optional<java.io.InputStream> openProvenance() throws java.io.IOException {
            opened.incrementAndGet();
            return evidence.openProvenance();
        }
    }

    @Test
    void askingForTheEvidenceOfEveryCodeInTurnReadsTheFileOnceNotOncePerCode() {
        CountedEvidence counted = new CountedEvidence();
        Product p = ErrorCatalog.builder().provider(counted).build().product("evidence");
        int asked = 0;
        for (int round = 0; round < 50; round++) {
            for (Resolution r : p.entries(EN)) {
                r.retryEvidence();
                asked++;
            }
        }
        // once for the origins, once for the evidence; a collection in between may make it read again, rarely
        assertTrue(counted.opened.get() < 10, counted.opened.get() + " openings for " + asked + " questions");
        assertEquals(Optional.of("throttling"), p.resolve("LimitExceeded.RateLimitExceeded", EN).retryEvidence().map(RetryEvidence::rule));
    }
}
