package dev.errorcatalog.i18n;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * How the library and the command line show text they were given (a code, a tag, a pattern, a server's message)
 * in an error message, a log line or a terminal: on one line, with nothing a terminal or a log would act on.
 * Control characters (C0, DEL, C1), line and paragraph separators, bidirectional controls, the byte order mark
 * and lone surrogates are shown as escapes ({@code \n}, {@code \u005cu001b}, {@code \u005cud800}); everything else,
 * Chinese and emoji included, is left as it is. Printable text, an escape already made included, is never
 * changed, so quoting twice is the same as quoting once. The one owner of this rule: core and the command line
 * use it too.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Printable {
    /**
     * How much of a message a log line or an error shows through {@link #shorten}: every message of the shipped
     * catalogs whole (the longest is 252 characters), a server's megabyte not.
     */
    public static final int MESSAGE_SHOWN = 400;

    private Printable() {
    }

    /** The text with every character that is not safe to print shown as an escape. */
    public static String of(CharSequence text) {
        if (text == null) {
            return "null";
        }
        int n = text.length();
        int i = 0;
        while (i < n && isSafe(text, i)) {
            i++;
        }
        if (i == n) {
            return text.toString();
        }
        StringBuilder s = new StringBuilder(n + 16).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (isSafe(text, i)) {
                s.append(c);
            } else if (c == '\n') {
                s.append("\\n");
            } else if (c == '\r') {
                s.append("\\r");
            } else if (c == '\t') {
                s.append("\\t");
            } else {
                s.append("\\u").append(String.format("%04x", (int) c));
            }
        }
        return s.toString();
    }

    /**
     * The text cut to at most {@code max} characters ({@code ...} marking the cut, never inside a surrogate pair),
     * then shown as by {@link #of(CharSequence)}.
     *
     * @throws InvalidValueException when {@code max} is below 0
     */
    public static String shorten(CharSequence text, int max) {
        if (max < 0) {
            throw new InvalidValueException("Printable.shorten(max)", "max " + max + " is below 0");
        }
        if (text == null) {
            return "null";
        }
        if (text.length() <= max) {
            return of(text);
        }
        int end = Math.max(0, max - 3);
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return of(text.subSequence(0, end)) + "...";
    }

    private static boolean isSafe(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c >= 0x20 && c < 0x7f) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return !isShownEscaped(c);
    }

    /**
     * Whether a character that is not a surrogate is one this class shows as an escape, for writers that escape
     * character by character (JSON): a control character, a line or paragraph separator, a bidirectional control or
     * the byte order mark.
     */
    public static boolean isShownEscaped(char c) {
        if (Character.isISOControl(c)) {
            return true;
        }
        return switch (c) {
            case '\u2028', '\u2029', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
                 '\u2066', '\u2067', '\u2068', '\u2069', '\ufeff' -> true;
            default -> false;
        };
    }
}
