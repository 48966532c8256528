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
        assertEquals(List.of("vod:", "common:"), FallbackOrder.candidates(VOD, ""), "the empty text too: it was looked up");
        assertEquals("vod nor common", FallbackOrder.described(VOD));
        assertEquals("common", FallbackOrder.described(ProductId.COMMON));
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
}
