package dev.errorcatalog.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageTest {

    @Test
    void aPlainPatternIsReturnedAsStoredWithNoFormattingWork() {
        String pattern = "参数值错误：FileId 过多。";
        Message m = Message.compile(pattern, Locale.SIMPLIFIED_CHINESE);
        assertFalse(m.hasArguments());
        assertEquals(pattern, m.format());
        assertSame(m.format(), m.format(), "the stored string, not a new one per call");
        assertSame(m.format(), m.format(Map.of("ignored", 1)));
    }

    @Test
    void apostrophesComeOutAsWrittenWithOrWithoutArguments() {
        assertEquals("The file doesn't exist.", Message.compile("The file doesn't exist.", Locale.ENGLISH).format());
        assertEquals("The file a.mp4 doesn't exist.",
                Message.compile("The file {name} doesn't exist.", Locale.ENGLISH).format(Map.of("name", "a.mp4")));
        assertEquals("Can't find {name} in a.mp4's folder.",
                Message.compile("Can't find '{name}' in {file}'s folder.", Locale.ENGLISH).format(Map.of("file", "a.mp4")),
                "an apostrophe right before a brace quotes it, as ICU defines");
        assertEquals("The user's service is suspended.", Message.compile("The user's service is suspended.", Locale.ENGLISH).format());
    }

    @Test
    void namedArgumentsAreFormattedForTheLocale() {
        Message m = Message.compile("At most {max, number} file IDs, got {count, number}.", Locale.ENGLISH);
        assertTrue(m.hasArguments());
        assertEquals(Set.of("max", "count"), m.argumentNames());
        assertEquals("At most 1,000 file IDs, got 1,200.", m.format(Map.of("max", 1000, "count", 1200)));
        assertEquals("At most {max} file IDs, got {count}.", m.format(), "missing arguments show their placeholder");
    }

    @Test
    void anArgumentOfTheWrongTypeOrWithoutAValueIsNamed() {
        Message m = Message.compile("At most {max, number} file IDs, got {count, number}.", Locale.ENGLISH);
        InvalidArgumentException text = assertThrows(InvalidArgumentException.class,
                () -> m.format(Map.of("max", 1000, "count", "seven\n")));
        assertEquals("the argument 'count' (String seven\\n) cannot be formatted by the pattern 'At most {max, number} file IDs, "
                + "got {count, number}.': Cannot format given Object as a Number", text.getMessage());
        java.util.Map<String, Object> withNull = new java.util.HashMap<>();
        withNull.put("max", null);
        InvalidArgumentException none = assertThrows(InvalidArgumentException.class, () -> m.format(withNull));
        assertTrue(none.getMessage().startsWith("the argument 'max' (null) cannot be formatted"), none.getMessage());
        Message plural = Message.compile("{n, plural, one {# file} other {# files}}", Locale.ENGLISH);
        assertTrue(assertThrows(InvalidArgumentException.class, () -> plural.format(Map.of("n", "x"))).getMessage()
                .startsWith("the argument 'n' (String x) cannot be formatted by the pattern '{n, plural"));
        assertEquals("2 files", plural.format(Map.of("n", 2, "unused", "x")), "an argument the pattern does not use is not looked at");
        withNull.clear();
        withNull.put("unused", null);
        assertEquals("At most {max} file IDs, got {count}.", m.format(withNull));
    }

    @Test
    void aPatternThatDoesNotParseSaysWhy() {
        InvalidPatternException e = assertThrows(InvalidPatternException.class,
                () -> Message.compile("Unclosed {brace", Locale.ENGLISH));
        assertTrue(e.getMessage().contains("Unclosed {brace") && e.getMessage().contains("not valid ICU MessageFormat"),
                e.getMessage());
    }

    @Test
    void numberedArgumentsAreRefused() {
        InvalidPatternException e = assertThrows(InvalidPatternException.class,
                () -> Message.compile("File {0} is missing.", Locale.ENGLISH));
        assertTrue(e.getMessage().contains("must be named"), e.getMessage());
    }

    @Test
    void aPatternNestedTooDeepIsRefusedBeforeIcuParsesIt() {
        String deep = "{a,select,other{".repeat(5000) + "x" + "}}".repeat(5000);
        InvalidPatternException e = assertThrows(InvalidPatternException.class, () -> Message.compile(deep, Locale.ENGLISH));
        assertTrue(e.getMessage().contains("nested more than " + Message.MAX_NESTING + " levels deep"), e.getMessage());
        String fine = "{a,select,other{".repeat(Message.MAX_NESTING / 2) + "x" + "}}".repeat(Message.MAX_NESTING / 2);
        assertEquals("x", Message.compile(fine, Locale.ENGLISH).format(java.util.Map.of("a", "b")));
    }
}
