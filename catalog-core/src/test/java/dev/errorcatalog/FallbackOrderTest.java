package dev.errorcatalog;

import dev.errorcatalog.demo.DemoCatalogProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The order itself, apart from any catalog: what {@code Resolution.path()} lists and the lookup follows; and then
 * everything a catalog spells of it: whose text and whose advice a level gets, the kind, path and explanation of an
 * answer. Changing the order is {@link FallbackOrder} and this test.
 */
class FallbackOrderTest {
    private static final ProductId VOD = ProductId.of("vod");
    private static final ProductId DEMO = ProductId.of("demo");
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private final ErrorCatalog demo = ErrorCatalog.builder().provider(new DemoCatalogProvider()).strict(true).build();

    @Test
    void levelByLevelTheProductBeforeTheCommonCodes() {
        assertEquals(List.of(VOD, ProductId.COMMON), FallbackOrder.scopes(VOD));
        assertEquals(List.of("vod:A.B.C", "common:A.B.C", "vod:A.B", "common:A.B", "vod:A", "common:A"),
                FallbackOrder.candidates(VOD, "A.B.C"));
        assertEquals(List.of("common:A.B", "common:A"), FallbackOrder.candidates(ProductId.COMMON, "A.B"));
        assertEquals(List.of("vod:A..B", "common:A..B"), FallbackOrder.candidates(VOD, "A..B"), "text that is not a code has one level");
        assertEquals(List.of("vod:", "common:"), FallbackOrder.candidates(VOD, ""), "the empty text too: it was looked up");
        assertEquals("vod nor common", FallbackOrder.described(VOD));
        assertEquals("common", FallbackOrder.described(ProductId.COMMON));
        assertEquals(MatchKind.EXACT, FallbackOrder.exactKind(VOD, VOD));
        assertEquals(MatchKind.COMMON, FallbackOrder.exactKind(VOD, ProductId.COMMON));
        assertEquals(MatchKind.EXACT, FallbackOrder.exactKind(ProductId.COMMON, ProductId.COMMON));
        assertEquals("vod", FallbackOrder.describedBefore(VOD, ProductId.COMMON));
        assertEquals("", FallbackOrder.describedBefore(VOD, VOD));
    }

    @Test
    void theClosestAncestorTheTableHoldsAnswers() {
        // merged in the order, the table holds one entry per level: the first scope's that has it
        CodeTable<String> table = new CodeTable<>(Map.of("A.B", "common:A.B", "A", "vod:A", "A.B.C.D", "vod:A.B.C.D"));
        assertEquals("common:A.B", FallbackOrder.closestAncestor("A.B.C", table));
        assertEquals("vod:A", FallbackOrder.closestAncestor("A.B", table), "the code's own level is not its ancestor");
        assertEquals("vod:A", FallbackOrder.closestAncestor("A.X.Y", table));
        assertEquals("vod:A.B.C.D", FallbackOrder.closestAncestor("A.B.C.D.E9.F", table));
        assertEquals("common:A.B", FallbackOrder.closestAncestor("A.B.Cx.D", table), "a prefix of a held code is not its level");
        assertNull(FallbackOrder.closestAncestor("A", table), "a category has no ancestor");
        assertNull(FallbackOrder.closestAncestor("Z.Y", table));
        assertNull(FallbackOrder.closestAncestor("A.B..C", table), "no ancestor of text that is not a code");
        assertNull(FallbackOrder.closestAncestor("A.B.", table));
        assertNull(FallbackOrder.closestAncestor("A.B.c d", table));
        assertNull(FallbackOrder.closestAncestor("A.B.9x", table), "a part does not start with a digit");
        assertEquals("common:A.B", FallbackOrder.closestAncestor("A.B.x9.Zz0", table));
        assertNull(FallbackOrder.closestAncestor("A.B.x9.Z@", table), "every character after the held level is checked");
        assertNull(FallbackOrder.closestAncestor("A.B.[.Q", table), "a part between the held level and the last is checked");
        assertNull(FallbackOrder.closestAncestor("A.\u00c9t", table), "letters are ASCII letters");
        assertNull(FallbackOrder.closestAncestor(".A.B", table));
        assertNull(FallbackOrder.closestAncestor("A", table));
        assertNull(FallbackOrder.closestAncestor("", table));
        assertNull(FallbackOrder.closestAncestor("A." + "B".repeat(CodeGrammar.MAX_LENGTH), table), "too long to be a code");
        assertEquals("vod:A", FallbackOrder.closestAncestor("A." + "B".repeat(CodeGrammar.MAX_LENGTH - 2), table));
    }

    @Test
    void thePathIsTheCandidatesUpToTheOneThatAnswered() {
        assertEquals(List.of("vod:A.B.C", "common:A.B.C", "vod:A.B", "common:A.B"),
                FallbackOrder.path(VOD, "A.B.C", Optional.of("common:A.B")));
        assertEquals(List.of("vod:A.B"), FallbackOrder.path(VOD, "A.B", Optional.of("vod:A.B")));
        assertEquals(FallbackOrder.candidates(VOD, "A.B"), FallbackOrder.path(VOD, "A.B", Optional.empty()));
        assertEquals(List.of("vod:A..B", "common:A..B"), FallbackOrder.path(VOD, "A..B", Optional.empty()));
    }

    @Test
    void atALevelTheFirstScopeThatHasTheCodeGivesItsText() {
        assertEquals("演示操作失败。", demo.resolve("demo", "FailedOperation", ZH).message());
        assertEquals(MatchKind.EXACT, demo.resolve("demo", "FailedOperation", ZH).kind());
        assertEquals("操作失败。", demo.resolve("common", "FailedOperation", ZH).message());
    }

    private static ErrorCatalog adviceCatalog(CodeMetadata ownAdvice) {
        ScriptedProvider p = new ScriptedProvider("adv", Map.of(Locale.ENGLISH,
                "{\"RequestLimitExceeded\": \"Slow down, adv.\", \"RequestLimitExceeded.Burst\": \"Too many at once.\"}"));
        p.codes = () -> List.of(CodeDefinition.of("adv", "RequestLimitExceeded", ownAdvice),
                CodeDefinition.of("adv", "RequestLimitExceeded.Burst", CodeMetadata.NONE));
        return ErrorCatalog.builder().provider(p).strict(true).build();
    }

    /** A product's own entry for a common code means what the common code means, unless it advises otherwise. */
    @Test
    void atALevelTheFirstScopeThatAdvisesGivesTheAdvice() {
        ErrorCatalog none = adviceCatalog(CodeMetadata.NONE);
        Resolution r = none.resolve("adv", "RequestLimitExceeded", Locale.ENGLISH);
        assertEquals("Slow down, adv.", r.message());
        assertEquals(RetryAdvice.THROTTLED, r.retry());
        assertEquals(RetryAdvice.THROTTLED, none.resolve("adv", "RequestLimitExceeded.Burst", Locale.ENGLISH).retry(),
                "the common code's advice covers its subcodes, the product's own included");

        Resolution own = adviceCatalog(CodeMetadata.retry(RetryAdvice.DO_NOT_RETRY)).resolve("adv", "RequestLimitExceeded", Locale.ENGLISH);
        assertEquals("Slow down, adv.", own.message());
        assertEquals(RetryAdvice.DO_NOT_RETRY, own.retry());
    }

    @Test
    void anAnswersKindPathAndExplanationSayWhereInTheOrderItStands() {
        Resolution exact = demo.resolve("demo", "FailedOperation.DemoBusy", ZH);
        assertEquals(MatchKind.EXACT, exact.kind());
        assertEquals(List.of("demo:FailedOperation.DemoBusy"), exact.path());
        assertEquals("FailedOperation.DemoBusy found in demo", exact.explain());

        Resolution common = demo.resolve("demo", "AuthFailure.SignatureExpire", Locale.ENGLISH);
        assertEquals(MatchKind.COMMON, common.kind());
        assertEquals(List.of("demo:AuthFailure.SignatureExpire", "common:AuthFailure.SignatureExpire"), common.path());
        assertEquals("AuthFailure.SignatureExpire not in demo; answered with common:AuthFailure.SignatureExpire", common.explain());

        Resolution parent = demo.resolve("demo", "FailedOperation.NoSuchThing", Locale.ENGLISH);
        assertEquals(MatchKind.PARENT, parent.kind());
        assertEquals(List.of("demo:FailedOperation.NoSuchThing", "common:FailedOperation.NoSuchThing", "demo:FailedOperation"),
                parent.path());
        assertEquals("FailedOperation.NoSuchThing not in demo nor common; answered with demo:FailedOperation", parent.explain());

        Resolution commonParent = demo.resolve("demo", "InvalidParameterValue.NoSuchThing", ZH);
        assertEquals(MatchKind.COMMON_PARENT, commonParent.kind());
        assertEquals(List.of("demo:InvalidParameterValue.NoSuchThing", "common:InvalidParameterValue.NoSuchThing",
                "demo:InvalidParameterValue", "common:InvalidParameterValue"), commonParent.path());
        assertEquals("InvalidParameterValue.NoSuchThing not in demo nor common; answered with common:InvalidParameterValue",
                commonParent.explain());

        Resolution deeper = demo.resolve("demo", "DemoLimit.PerUser.Hourly.Burst", Locale.ENGLISH);
        assertEquals(MatchKind.PARENT, deeper.kind());
        assertEquals(List.of("demo:DemoLimit.PerUser.Hourly.Burst", "common:DemoLimit.PerUser.Hourly.Burst",
                "demo:DemoLimit.PerUser.Hourly", "common:DemoLimit.PerUser.Hourly", "demo:DemoLimit.PerUser"), deeper.path());

        Resolution none = demo.resolve("demo", "Totally.Unknown", Locale.ENGLISH);
        assertEquals(List.of("demo:Totally.Unknown", "common:Totally.Unknown", "demo:Totally", "common:Totally"), none.path());
        assertEquals("Totally.Unknown not in demo nor common, nor any parent code; answered with the code itself", none.explain());
        assertEquals(List.of("demo:Bad..Code", "common:Bad..Code"),
                demo.product("demo").resolve(ApiError.of("Bad..Code", "the server's words", "r"), Locale.ENGLISH).path());
        assertEquals(List.of("demo:", "common:"), demo.product("demo").resolve(ApiError.of("", "the server's words", "r"), Locale.ENGLISH).path(),
                "the empty code was looked up too");

        Resolution commonAsked = demo.resolve("common", "AuthFailure.SignatureExpire", Locale.ENGLISH);
        assertEquals(MatchKind.EXACT, commonAsked.kind(), "the common codes' own scope is the first of theirs");
        assertEquals("AuthFailure.SignatureExpire found in common", commonAsked.explain());
        assertEquals(DEMO, demo.resolve("demo", "FailedOperation", ZH).product());
    }
}
