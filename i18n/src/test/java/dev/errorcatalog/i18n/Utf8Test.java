package dev.errorcatalog.i18n;

import org.junit.jupiter.api.Test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Bytes become text by one rule: strict UTF-8, a refusal saying where in bytes and in lines. */
class Utf8Test {
    @Test
    void textInAnyScriptIsReadAsItIsAndAByteOrderMarkIsKept() {
        String text = "\uFEFFCMK已被禁用 \uD83D\uDE00 é";
        assertEquals(text, Utf8.decode(text.getBytes(UTF_8)));
        assertEquals("", Utf8.decode(new byte[0]));
    }

    @Test
    void aRefusalNamesTheBytesTheirOffsetLineAndColumn() {
        // line ends: \n, \r\n and a lone \r each end one line; the column counts characters, not bytes
        byte[] bytes = {'a', '\n', 'b', '\r', '\n', 'c', '\r', (byte) 0xE7, (byte) 0x94, (byte) 0xB2, (byte) 0xC0, (byte) 0xAF};
        NotUtf8Exception e = assertThrows(NotUtf8Exception.class, () -> Utf8.decode(bytes));
        assertEquals(10, e.byteOffset());
        assertEquals(4, e.line());
        assertEquals(2, e.column());
        assertEquals("not UTF-8: the byte(s) 0xC0 at byte offset 10 (line 4, column 2) are not a UTF-8 sequence (an overlong"
                + " form, a surrogate, beyond U+10FFFF, a stray or cut-short byte)", e.getMessage());
    }

    @Test
    void everyKindOfByteThatIsNotUtf8IsRefusedWhereItStands() {
        assertEquals(1, assertThrows(NotUtf8Exception.class, () -> Utf8.decode(new byte[]{'x', (byte) 0xFF})).byteOffset());
        // an encoded surrogate, beyond U+10FFFF, a sequence cut short at the end
        assertEquals(0, assertThrows(NotUtf8Exception.class,
                () -> Utf8.decode(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80})).byteOffset());
        assertEquals(0, assertThrows(NotUtf8Exception.class,
                () -> Utf8.decode(new byte[]{(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})).byteOffset());
        NotUtf8Exception cut = assertThrows(NotUtf8Exception.class, () -> Utf8.decode(new byte[]{'a', 'b', (byte) 0xE7, (byte) 0x94}));
        assertEquals(2, cut.byteOffset());
        assertEquals(3, cut.column());
        assertEquals(1, cut.line());
    }
}
