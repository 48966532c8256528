package dev.errorcatalog.i18n;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrintableTest {

    @Test
    void aNegativeLengthIsRefusedNamingIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Printable.shorten("text", -1));
        assertEquals("Printable.shorten(max): max -1 is below 0", e.getMessage());
        assertEquals("...", Printable.shorten("text", 0));
    }

    @Test
    void controlCharactersLineBreaksAndLoneSurrogatesAreShownAsEscapes() {
        assertEquals("a\\nb\\r\\tc\\u0000\\u001b[2J\\u007f\\u009b", Printable.of("a\nb\r\tc\u0000\u001b[2J\u007f\u009b"));
        assertEquals("x\\ud800y\\udc00", Printable.of("x\ud800y\udc00"));
        assertEquals("\\u2028\\u202e\\ufeff", Printable.of("\u2028\u202e\ufeff"));
    }

    @Test
    void oneCharacterAtATimeTheSameCharactersAreShownEscaped() {
        for (char c : "\u0000\n\u001f\u007f\u0080\u009f\u2028\u2029\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
                .toCharArray()) {
            assertTrue(Printable.isShownEscaped(c), Integer.toHexString(c));
            assertFalse(Printable.of("a" + c).equals("a" + c), Integer.toHexString(c));
        }
        for (char c : " ~\u00a0\u00e9\u200d\u2027\u202f\u2065\u206a\ufefe中".toCharArray()) {
            assertFalse(Printable.isShownEscaped(c), Integer.toHexString(c));
            assertEquals("a" + c, Printable.of("a" + c));
        }
    }

    @Test
    void printableTextIsLeftAsItIsSoQuotingTwiceChangesNothing() {
        String text = "参数值错误：FileId 过多。 \uD83D\uDE00 a\\nb 'q'";
        assertEquals(text, Printable.of(text));
        String once = Printable.of("a\u0000\nb");
        assertEquals(once, Printable.of(once));
    }

    @Test
    void shorteningKeepsSurrogatePairsWholeAndIsOneLine() {
        String text = "a".repeat(56) + "\uD83D\uDE00" + "b".repeat(10);
        assertEquals("a".repeat(56) + "...", Printable.shorten(text, 60));
        assertEquals("ab", Printable.shorten("ab", 60));
        String shown = Printable.shorten("\n".repeat(200), 60);
        assertFalse(shown.contains("\n"), shown);
        assertTrue(shown.endsWith("..."), shown);
    }

    @Test
    void languageTagErrorsQuoteTheirInputVisibly() {
        InvalidLanguageTagException e = assertThrows(InvalidLanguageTagException.class,
                () -> LanguageTags.parse("en\u001b]0;owned\u0007\n"));
        assertTrue(e.getMessage().contains("'en\\u001b]0;owned\\u0007\\n'"), e.getMessage());
        InvalidLanguageTagException w = assertThrows(InvalidLanguageTagException.class,
                () -> LanguageTags.parseList("en;q=\u0000"));
        assertTrue(w.getMessage().contains("\\u0000"), w.getMessage());
        assertTrue(w.getMessage().chars().noneMatch(Character::isISOControl), w.getMessage());
    }

    @Test
    void patternErrorsQuoteTheirPatternVisibly() {
        InvalidPatternException e = assertThrows(InvalidPatternException.class,
                () -> Message.compile("{a\u001b[2J", java.util.Locale.ENGLISH));
        assertTrue(e.getMessage().contains("\\u001b[2J"), e.getMessage());
        assertTrue(e.getMessage().chars().noneMatch(Character::isISOControl), e.getMessage());
    }
}
