package dev.errorcatalog.i18n;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Bytes that are not UTF-8 ({@link Utf8#decode}): the message names them and where they stand, as a byte offset and
 * as the line and column of the text before them (lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, as
 * Jackson counts them). A reader that knows the file adds its name.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class NotUtf8Exception extends ErrorCatalogException {
    private static final long serialVersionUID = 1L;

    private final long byteOffset;
    private final int line;
    private final int column;

    NotUtf8Exception(String bytes, long byteOffset, char[] before, int length) {
        this(bytes, byteOffset, lineOf(before, length), columnOf(before, length));
    }

    private NotUtf8Exception(String bytes, long byteOffset, int line, int column) {
        super("not UTF-8: the byte(s) " + bytes + " at byte offset " + byteOffset + " (line " + line + ", column " + column
                + ") are not a UTF-8 sequence (an overlong form, a surrogate, beyond U+10FFFF, a stray or cut-short byte)");
        this.byteOffset = byteOffset;
        this.line = line;
        this.column = column;
    }

    /** Where the first byte that is not UTF-8 stands, from 0. */
    public long byteOffset() {
        return byteOffset;
    }

    /** The line it stands on, from 1. */
    public int line() {
        return line;
    }

    /** Its column on that line, in characters of the text before it, from 1. */
    public int column() {
        return column;
    }

    private static int lineOf(char[] text, int end) {
        int line = 1;
        for (int i = 0; i < end; i++) {
            if (endsLine(text, i, end)) {
                line++;
            }
        }
        return line;
    }

    private static int columnOf(char[] text, int end) {
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            if (endsLine(text, i, end)) {
                lineStart = i + 1;
            }
        }
        return end - lineStart + 1;
    }

    private static boolean endsLine(char[] text, int i, int end) {
        return text[i] == '\n' || (text[i] == '\r' && (i + 1 >= end || text[i + 1] != '\n'));
    }
}
