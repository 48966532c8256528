package dev.errorcatalog.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which patterns are taken as plain text, how deep their braces are counted, and what makes two messages equal. */
class MessageScanTest {

    @Test
    void aPatternWithABraceOrADoubledApostropheIsNotPlainText() {
        assertTrue(Message.isPlainText("The file doesn't exist."));
        assertTrue(Message.isPlainText(""));
        assertFalse(Message.isPlainText("{fileId"));
        assertFalse(Message.isPlainText("fileId}"));
        assertFalse(Message.isPlainText("}"));
        assertFalse(Message.isPlainText("a {b} c"));
        assertFalse(Message.isPlainText("It''s"));
    }

    @Test
    void aLoneBraceAtTheStartIsGivenToIcuAndRefused() {
        InvalidPatternException e = assertThrows(InvalidPatternException.class, () -> Message.compile("{fileId", Locale.ENGLISH));
        assertEquals("pattern '{fileId' is not valid ICU MessageFormat: Unmatched '{' braces in message \"{fileId\"", e.getMessage());
    }

    @Test
    void aDoubledApostropheWithoutArgumentsIsFormattedOnce() {
        Message m = Message.compile("It''s done.", Locale.ENGLISH);
        assertFalse(m.hasArguments());
        assertEquals("It's done.", m.format());
        assertEquals("It's done.", m.format(Map.of("x", 1)));
    }

    @Test
    void nestingIsTheDeepestRunOfOpenBraces() {
        assertEquals(0, Message.nesting("plain"));
        assertEquals(1, Message.nesting("{a} and {b} and {c}"));
        assertEquals(5, Message.nesting("{a, select, x {{b, select, y {{c}} other {}}} other {}}"));
        assertEquals(2, Message.nesting("{a {b}} {c}"));
    }

    @Test
    void aClosingBraceWithNothingOpenIsNotCounted() {
        assertEquals(1, Message.nesting("}{a}"));
        assertEquals(1, Message.nesting("}}}{a}{b}"));
        assertEquals(1, Message.nesting("{a}}{b}"));
    }

    @Test
    void deepNestingIsRefusedBeforeIcuParsesIt() {
        String deep = "{a".repeat(Message.MAX_NESTING + 1) + "}".repeat(Message.MAX_NESTING + 1);
        InvalidPatternException e = assertThrows(InvalidPatternException.class, () -> Message.compile(deep, Locale.ENGLISH));
        assertTrue(e.getMessage().endsWith("arguments are nested more than 32 levels deep"), e.getMessage());
    }

    @Test
    void messagesAreEqualByPatternAndLocale() {
        Message m = Message.compile("File {fileId} not found.", Locale.ENGLISH);
        Message same = Message.compile("File {fileId} not found.", Locale.ENGLISH);
        assertEquals(m, same);
        assertEquals(m.hashCode(), same.hashCode());
        assertEquals("File {fileId} not found.".hashCode() * 31 + Locale.ENGLISH.hashCode(), m.hashCode());
        assertNotEquals(m, Message.compile("File {fileId} not found.", Locale.SIMPLIFIED_CHINESE));
        assertNotEquals(m, Message.compile("File {fileId} missing.", Locale.ENGLISH));
        assertNotEquals(m, (Object) "File {fileId} not found.");
        assertEquals(Locale.ENGLISH, m.locale());
        assertEquals("File {fileId} not found.", m.toString());
    }
}
