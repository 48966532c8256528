package dev.errorcatalog;

/**
 * The grammar of an error code, written once: dot-separated parts, each an ASCII letter followed by ASCII letters
 * and digits, at most {@link #MAX_LENGTH} characters in all. {@link ErrorCode} validates with it and
 * {@link FallbackOrder} walks a code's levels with it; both scan the text in place, making no substring.
 */
final class CodeGrammar {
    /** No real code comes near this; longer text is refused before it is looked at. */
    static final int MAX_LENGTH = 128;

    private CodeGrammar() {
    }

    /**
     * Scans the part of {@code text} that starts at {@code from}.
     *
     * @return the index just after it (a dot or the end of the text), or {@code ~i} where {@code i} is the first
     *         index that cannot stand there (an empty part gives {@code ~from})
     */
    static int partEnd(CharSequence text, int from) {
        int n = text.length();
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '.') {
                break;
            }
            if (!isCodeChar(c, i == from)) {
                return ~i;
            }
            i++;
        }
        return i == from ? ~i : i;
    }

    /**
     * Scans back over the part of {@code text} that ends just before {@code end}, for walking a code's levels from the
     * deepest up: the index of the dot in front of the part, or -1 when the part is not well-formed or is the first.
     */
    static int dotBefore(String text, int end) {
        for (int i = end - 1; i >= 0; i--) {
            char c = text.charAt(i);
            // letters first, as most characters are: (c | 0x20) maps A-Z onto a-z and nothing else onto a-z
            if ((char) ((c | 0x20) - 'a') < 26 || (char) (c - '0') < 10) {
                continue;
            }
            return c == '.' && i < end - 1 && isCodeChar(text.charAt(i + 1), true) ? i : -1;
        }
        return -1;
    }

    /** Whether {@code c} may stand at its place in a part: a letter anywhere, a digit after the first place. */
    static boolean isCodeChar(char c, boolean partStart) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (!partStart && c >= '0' && c <= '9');
    }

    /** Whether the text is a well-formed code; a scan, no allocation. */
    static boolean isValid(CharSequence text) {
        if (text == null || text.length() == 0 || text.length() > MAX_LENGTH) {
            return false;
        }
        for (int start = 0; ; ) {
            int end = partEnd(text, start);
            if (end < 0) {
                return false;
            }
            if (end == text.length()) {
                return true;
            }
            start = end + 1;
        }
    }

    /** Why the text is not a code, or null when it is one. */
    static String problem(CharSequence text) {
        if (text == null) {
            return "no code was given";
        }
        int n = text.length();
        if (n == 0) {
            return "it is empty";
        }
        if (n > MAX_LENGTH) {
            return "it is " + n + " characters long, more than " + MAX_LENGTH;
        }
        for (int start = 0; ; ) {
            int end = partEnd(text, start);
            if (end < 0) {
                return fault(text, ~end, ~end == start);
            }
            if (end == n) {
                return null;
            }
            start = end + 1;
        }
    }

    private static String fault(CharSequence text, int i, boolean partStart) {
        if (i == text.length()) {
            return "it ends with a dot";
        }
        char c = text.charAt(i);
        if (c == '.') {
            return i == 0 ? "it starts with a dot" : "it has an empty part ('..') at index " + i;
        }
        if (Character.isWhitespace(c)) {
            return text.toString().isBlank() ? "it is blank" : "it has white space at index " + i;
        }
        if (partStart && c >= '0' && c <= '9') {
            return "a part starts with the digit '" + c + "' at index " + i;
        }
        return "it has the character '" + c + "' at index " + i;
    }
}
