package dev.errorcatalog.i18n;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Printable text at its edges: null, text exactly as long as allowed, very short limits, surrogates at either end. */
class PrintableEdgeTest {

    @Test
    void nullIsShownAsNull() {
        assertEquals("null", Printable.of(null));
        assertEquals("null", Printable.shorten(null, 10));
    }

    @Test
    void textExactlyAsLongAsTheLimitIsNotCut() {
        assertEquals("abcde", Printable.shorten("abcde", 5));
        assertEquals("ab...", Printable.shorten("abcdef", 5));
    }

    @Test
    void aLimitOfThreeOrLessLeavesOnlyTheMark() {
        assertEquals("...", Printable.shorten("abcd", 3));
        assertEquals("...", Printable.shorten("\ud83d\ude00\ud83d\ude00", 2));
    }

    @Test
    void aHighSurrogateAtTheEndIsShownAsAnEscape() {
        assertEquals("a\\ud83d", Printable.of("a\ud83d"));
        assertEquals("\\ud83d", Printable.of("\ud83d"));
    }

    @Test
    void aLowSurrogateAtTheStartIsShownAsAnEscape() {
        assertEquals("\\ude00x", Printable.of("\ude00x"));
        assertEquals("\ud83d\ude00", Printable.of("\ud83d\ude00"));
    }
}
