package dev.errorcatalog;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    void theWalkAnswersWithTheClosestLevelTheTableHolds() {
        // merged in the order, the table holds one entry per level: the first scope's that has it
        CodeTable<String> table = new CodeTable<>(Map.of("A.B", "common:A.B", "A", "vod:A"));
        assertEquals("common:A.B", FallbackOrder.walk("A.B.C", table));
        assertEquals("common:A.B", FallbackOrder.walk("A.B", table));
        assertEquals("vod:A", FallbackOrder.walk("A.X.Y", table));
        assertNull(FallbackOrder.walk("Z.Y", table));
        assertNull(FallbackOrder.walk("A.B..C", table), "no ancestor of text that is not a code");
        assertNull(FallbackOrder.walk("", table));
    }

    @Test
    void thePathIsTheCandidatesUpToTheOneThatAnswered() {
        assertEquals(List.of("vod:A.B.C", "common:A.B.C", "vod:A.B", "common:A.B"),
                FallbackOrder.path(VOD, "A.B.C", Optional.of("common:A.B")));
        assertEquals(List.of("vod:A.B"), FallbackOrder.path(VOD, "A.B", Optional.of("vod:A.B")));
        assertEquals(FallbackOrder.candidates(VOD, "A.B"), FallbackOrder.path(VOD, "A.B", Optional.empty()));
        assertEquals(List.of("vod:A..B", "common:A..B"), FallbackOrder.path(VOD, "A..B", Optional.empty()));
    }
}
