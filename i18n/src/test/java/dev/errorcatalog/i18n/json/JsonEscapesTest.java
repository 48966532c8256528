package dev.errorcatalog.i18n.json;

import dev.errorcatalog.i18n.Printable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** One escaping rule for written JSON; the two uses differ in surrogates alone. */
class JsonEscapesTest {
    private static String escaped(JsonEscapes escapes, int ch) {
        SerializableString s = escapes.getEscapeSequence(ch);
        return s == null ? null : s.getValue();
    }

    @Test
    void theTwoDifferInSurrogatesAlone() {
        assertArrayEquals(JsonEscapes.ESCAPING_SURROGATES.getEscapeCodesForAscii(), JsonEscapes.KEEPING_SURROGATES.getEscapeCodesForAscii());
        for (int ch = 0; ch <= 0xffff; ch++) {
            if (Character.isSurrogate((char) ch)) {
                assertEquals(String.format("\\u%04x", ch), escaped(JsonEscapes.ESCAPING_SURROGATES, ch));
                assertNull(escaped(JsonEscapes.KEEPING_SURROGATES, ch));
            } else {
                assertEquals(escaped(JsonEscapes.ESCAPING_SURROGATES, ch), escaped(JsonEscapes.KEEPING_SURROGATES, ch), "U+" + Integer.toHexString(ch));
            }
        }
    }

    @Test
    void whatPrintableShowsEscapedIsEscapedAsPrintableShowsIt() {
        for (char c : new char[]{'\u0085', '\u009f', '\u2028', '\u202e', '\ufeff'}) {
            assertEquals(Printable.of(String.valueOf(c)), escaped(JsonEscapes.KEEPING_SURROGATES, c));
        }
        assertEquals(CharacterEscapes.ESCAPE_STANDARD, JsonEscapes.KEEPING_SURROGATES.getEscapeCodesForAscii()[0x7f]);
        assertNull(escaped(JsonEscapes.KEEPING_SURROGATES, '失'));
        assertNull(escaped(JsonEscapes.ESCAPING_SURROGATES, 0x1f600));
    }
}
