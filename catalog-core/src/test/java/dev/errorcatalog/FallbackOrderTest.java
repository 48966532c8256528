package dev.errorcatalog;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The order itself, apart from any catalog: what {@code Resolution.path()} lists and the lookup follows. */
class FallbackOrderTest {
    private static final ProductId VOD = ProductId.of("vod");

    @Test
    void levelByLevelTheProductBeforeTheCommonCodes() {
        assertEquals(List.of(VOD, ProductId.COMMON), FallbackOrder.scopes(VOD));
        assertEquals(List.of("vod:A.B.C", "common:A.B.C", "vod:A.B", "common:A.B", "vod:A", "common:A"),
                FallbackOrder.candidates(VOD, "A.B.C"));
        assertEquals(List.of("common:A.B", "common:A"), FallbackOrder.candidates(ProductId.COMMON, "A.B"));
        assertEquals(List.of("vod:A..B", "common:A..B"), FallbackOrder.candidates(VOD, "A..B"), "text that is not a code has one level");
        assertEquals("vod nor common", FallbackOrder.described(VOD));
        assertEquals("common", FallbackOrder.described(ProductId.COMMON));
    }

    @Test
    void theWalkStopsAtTheFirstCandidateHeldAndCountsWhatItLookedAt() {
        // the table says who holds each code; a level's entry belongs to one scope
        CodeTable<String> table = new CodeTable<>(Map.of("A.B", "common", "A", "vod"));
        FallbackOrder.Walk<String> walk = FallbackOrder.walk(FallbackOrder.scopes(VOD), "A.B.C", table, ProductId::of);
        assertEquals("common", walk.found());
        assertEquals(4, walk.steps(), "vod:A.B.C, common:A.B.C, vod:A.B, common:A.B");

        FallbackOrder.Walk<String> own = FallbackOrder.walk(FallbackOrder.scopes(VOD), "A.X", table, ProductId::of);
        assertEquals("vod", own.found());
        assertEquals(3, own.steps());

        FallbackOrder.Walk<String> none = FallbackOrder.walk(FallbackOrder.scopes(VOD), "Z.Y", table, ProductId::of);
        assertNull(none.found());
        assertEquals(4, none.steps());
        assertNull(FallbackOrder.walk(FallbackOrder.scopes(VOD), "A.B..C", table, ProductId::of).found(), "no ancestor of text that is not a code");
        assertEquals(2, FallbackOrder.walk(FallbackOrder.scopes(VOD), "A.B..C", table, ProductId::of).steps());
    }

    @Test
    void anEntryOfAnotherScopeAtALevelIsNotThisScopesAnswer() {
        CodeTable<String> table = new CodeTable<>(Map.of("A", "live"));
        assertNull(FallbackOrder.walk(FallbackOrder.scopes(VOD), "A.B", table, ProductId::of).found());
    }
}
