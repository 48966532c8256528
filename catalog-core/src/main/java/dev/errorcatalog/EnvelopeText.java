package dev.errorcatalog;

import dev.errorcatalog.i18n.NotUtf8Exception;
import dev.errorcatalog.i18n.Printable;
import dev.errorcatalog.i18n.Utf8;
import dev.errorcatalog.i18n.json.JsonEscapes;
import tools.jackson.core.io.CharacterEscapes;

/**
 * The text of an envelope before Jackson sees it, so that {@link ErrorEnvelope#parse(String)} and
 * {@link ErrorEnvelope#parse(byte[])} read the same thing the same way: bytes are decoded strictly as UTF-8,
 * a leading byte order mark is skipped, text that no UTF-8 could encode (a lone surrogate) is refused, and a
 * {@code \u005cu} escape must have four ASCII hex digits. And how an envelope is written so that it reads back.
 */
final class EnvelopeText {
    private EnvelopeText() {
    }

    /** The UTF-8 length of the text, counting a lone surrogate as three bytes; stops counting past {@code limit}. */
    static long utf8Length(String text, long limit) {
        if (text.length() > limit) {
            return text.length(); // every character is at least one byte
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** Strict UTF-8, as the library reads every file: what is refused is said with its byte offset, line and column. */
    static String decode(byte[] bytes) {
        try {
            return Utf8.decode(bytes);
        } catch (NotUtf8Exception e) {
            throw new EnvelopeException(EnvelopeException.Reason.NOT_JSON, e.getMessage());
        }
    }

    /** The text without a leading byte order mark, once it is known to be Unicode with well-formed escapes. */
    static String checked(String json) {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new EnvelopeException(EnvelopeException.Reason.NOT_JSON, "not Unicode text: a lone surrogate " + Printable.of(String.valueOf(c))
                        + " at character " + i + where(text, i));
            }
            if (c == '\\') {
                if (i + 1 < n && text.charAt(i + 1) == 'u') {
                    for (int j = i + 2; j < i + 6; j++) {
                        if (j >= n || !isAsciiHex(text.charAt(j))) {
                            throw new EnvelopeException(EnvelopeException.Reason.NOT_JSON, "malformed JSON: a \\u escape must be followed by four ASCII hex digits"
                                    + where(text, i));
                        }
                    }
                }
                i++; // the escaped character is not the start of another escape
                if (i < n && Character.isSurrogate(text.charAt(i))) {
                    i--; // but a surrogate after a backslash is still checked
                }
            }
        }
        return text;
    }

    private static boolean isAsciiHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Line and column as Jackson counts them, both from 1. */
    private static String where(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return " (line " + line + ", column " + (index - lineStart + 1) + ")";
    }

    /** How an envelope is written: {@link JsonEscapes}, escaping surrogates too, so that it reads back. */
    static final CharacterEscapes ESCAPES = JsonEscapes.ESCAPING_SURROGATES;
}
