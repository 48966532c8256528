package dev.errorcatalog;

import org.junit.jupiter.api.Test;
import tools.jackson.core.io.CharacterEscapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The UTF-8 length of an envelope's text, where a refused escape or surrogate is said to be, and what is escaped on writing. */
class EnvelopeTextTest {
    private static final long NO_LIMIT = Long.MAX_VALUE;

    @Test
    void utf8LengthCountsOneTwoThreeAndFourByteCharacters() {
        assertEquals(3, EnvelopeText.utf8Length("abc", NO_LIMIT));
        assertEquals(1, EnvelopeText.utf8Length("\u007f", NO_LIMIT));
        assertEquals(2, EnvelopeText.utf8Length("\u0080", NO_LIMIT));
        assertEquals(2, EnvelopeText.utf8Length("é", NO_LIMIT));
        assertEquals(2, EnvelopeText.utf8Length("\u07ff", NO_LIMIT));
        assertEquals(3, EnvelopeText.utf8Length("\u0800", NO_LIMIT));
        assertEquals(3, EnvelopeText.utf8Length("失", NO_LIMIT));
        assertEquals(4, EnvelopeText.utf8Length("😀", NO_LIMIT));
        assertEquals(4 + 1 + 3, EnvelopeText.utf8Length("😀a失", NO_LIMIT));
    }

    @Test
    void utf8LengthCountsALoneSurrogateAsThreeBytes() {
        assertEquals(3, EnvelopeText.utf8Length("\ud83d", NO_LIMIT));
        assertEquals(3 + 1, EnvelopeText.utf8Length("\ud83da", NO_LIMIT));
        assertEquals(3 + 3, EnvelopeText.utf8Length("\ude00\ud83d", NO_LIMIT));
        assertEquals(3 + 3, EnvelopeText.utf8Length("\ud83d\ud83d", NO_LIMIT));
    }

    @Test
    void utf8LengthCountsTextAsLongAsTheLimit() {
        assertEquals(4, EnvelopeText.utf8Length("éé", 2));
        assertEquals(6, EnvelopeText.utf8Length("失败", 2));
        assertEquals(3, EnvelopeText.utf8Length("失败败", 2), "longer than the limit: one byte a character at least");
    }

    @Test
    void aMalformedEscapeIsPlacedByLineAndColumn() {
        EnvelopeException e = assertThrows(EnvelopeException.class,
                () -> EnvelopeText.checked("{\n  \"Response\": {\n    \"a\": \"\\u12G4\"}}"));
        assertEquals("malformed JSON: a \\u escape must be followed by four ASCII hex digits (line 3, column 11)", e.getMessage());
        assertEquals(EnvelopeException.Reason.NOT_JSON, e.reason());
    }

    @Test
    void aMalformedEscapeOnTheFirstLineIsPlacedByColumn() {
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> EnvelopeText.checked("{\"a\": \"\\u12\"}"));
        assertEquals("malformed JSON: a \\u escape must be followed by four ASCII hex digits (line 1, column 8)", e.getMessage());
        assertEquals(EnvelopeException.Reason.NOT_JSON, e.reason());
    }

    @Test
    void aLoneSurrogateAfterABackslashIsRefused() {
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> EnvelopeText.checked("\n\\\ud800"));
        assertEquals("not Unicode text: a lone surrogate \\ud800 at character 2 (line 2, column 2)", e.getMessage());
        assertEquals(EnvelopeException.Reason.NOT_JSON, e.reason());
    }

    @Test
    void anEscapedQuoteIsNotTheStartOfAnotherEscape() {
        assertEquals("{\"a\": \"\\\\u\"}", EnvelopeText.checked("\uFEFF{\"a\": \"\\\\u\"}"));
    }

    @Test
    void writingEscapesDelC1ControlsSeparatorsBidiControlsAndSurrogates() {
        CharacterEscapes escapes = EnvelopeText.ESCAPES;
        assertEquals(CharacterEscapes.ESCAPE_STANDARD, escapes.getEscapeCodesForAscii()[0x7f]);
        assertEquals(CharacterEscapes.ESCAPE_NONE, escapes.getEscapeCodesForAscii()['a']);
        assertEquals("\\u0080", escapes.getEscapeSequence(0x80).getValue());
        assertEquals("\\u009f", escapes.getEscapeSequence(0x9f).getValue());
        assertEquals("\\u2028", escapes.getEscapeSequence(0x2028).getValue());
        assertEquals("\\u2029", escapes.getEscapeSequence(0x2029).getValue());
        assertEquals("\\ud800", escapes.getEscapeSequence(0xd800).getValue());
        assertEquals("\\udfff", escapes.getEscapeSequence(0xdfff).getValue());
        assertNull(escapes.getEscapeSequence(0x7e));
        assertNull(escapes.getEscapeSequence(0xa0));
        assertNull(escapes.getEscapeSequence(0x2027));
        assertEquals("\\u202a", escapes.getEscapeSequence(0x202a).getValue(), "bidirectional controls, as Printable shows them");
        assertEquals("\\u202e", escapes.getEscapeSequence(0x202e).getValue());
        assertEquals("\\ufeff", escapes.getEscapeSequence(0xfeff).getValue());
        assertNull(escapes.getEscapeSequence(0x202f));
        assertNull(escapes.getEscapeSequence(0x1f600));
        assertNull(escapes.getEscapeSequence(0xd7ff));
        assertNull(escapes.getEscapeSequence(0xe000));
        assertNull(escapes.getEscapeSequence('失'));
    }
}
