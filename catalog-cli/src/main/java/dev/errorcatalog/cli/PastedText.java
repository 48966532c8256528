package dev.errorcatalog.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code explain} looks for in pasted text: the SDK's exception line, a labelled code, words shaped like a code,
 * a request id. Each is one pass over the text, no regular expression and no recursion, so whatever was pasted (runs of
 * white space, a dotted word of thousands of parts, a run of combining marks) costs time in proportion to its length
 * and no stack. White space is what {@code \s} is in a pattern: space, tab, line feed, vertical tab, form feed, return.
 */
final class PastedText {
    static final String SDK_MARK = "[TencentCloudSDKException]";
    private static final String CODE_LABEL = "code:";
    private static final String MESSAGE_LABEL = "message:";
    private static final String REQUEST_ID_LABEL = "requestId:";
    /** A request id is at least this long, so that a word such as "requestId: none" is not taken for one. */
    static final int MIN_REQUEST_ID = 8;

    private PastedText() {
    }

    /** The parts of the SDK's line, {@code [TencentCloudSDKException]code: C message:M requestId:R}. */
    record SdkLine(Optional<String> code, String message, Optional<String> requestId) {
    }

    /**
     * The SDK exception's line as its {@code toString} writes it: after the first mark, optionally {@code code:} and
     * the code (none when {@code message:} follows at once, as the SDK writes an empty code), then {@code message:}. The
     * message runs to the end of its line ({@link #messageEnd}), less the white space around it and less a
     * {@code requestId:} and its id when they end that line (no id when the label ends it). Empty when the first mark
     * is not followed so.
     */
    static Optional<SdkLine> sdkLine(String text) {
        int mark = text.indexOf(SDK_MARK);
        if (mark < 0) {
            return Optional.empty();
        }
        int i = skipSpace(text, mark + SDK_MARK.length());
        Optional<String> code = Optional.empty();
        if (text.startsWith(CODE_LABEL, i)) {
            int start = skipSpace(text, i + CODE_LABEL.length());
            if (text.startsWith(MESSAGE_LABEL, start)) {
                i = start;
            } else {
                int end = skipWord(text, start);
                code = Optional.of(text.substring(start, end));
                i = skipSpace(text, end);
            }
        }
        if (!text.startsWith(MESSAGE_LABEL, i)) {
            return Optional.empty();
        }
        int stop = messageEnd(text, i + MESSAGE_LABEL.length());
        int from = Math.min(skipSpace(text, i + MESSAGE_LABEL.length()), stop);
        int end = trimEnd(text, from, stop);
        int lastWord = end;
        while (lastWord > from && !isSpace(text.charAt(lastWord - 1))) {
            lastWord--;
        }
        int gap = trimEnd(text, from, lastWord);
        int label;
        int id;
        if (gap < lastWord && gap - REQUEST_ID_LABEL.length() >= from
                && text.startsWith(REQUEST_ID_LABEL, gap - REQUEST_ID_LABEL.length())) {
            label = gap - REQUEST_ID_LABEL.length(); // "requestId: R": the label ends the word before the last
            id = lastWord;
        } else {
            label = text.indexOf(REQUEST_ID_LABEL, lastWord); // "requestId:R", or the label alone at the end
            id = label + REQUEST_ID_LABEL.length();
        }
        if (label < 0 || label >= end) {
            return Optional.of(new SdkLine(code, text.substring(from, end), Optional.empty()));
        }
        return Optional.of(new SdkLine(code, text.substring(from, trimEnd(text, from, label)),
                Optional.of(text.substring(id, end)).filter(s -> !s.isEmpty())));
    }

    /**
     * Where the message that starts at {@code from} ends: at the end of its line, since what follows a pasted
     * exception line is its stack trace or the next log line. A message of several lines (the server's text may hold a
     * line break) runs on to the end of the line that holds the next {@code requestId:}, unless a line of the stack
     * trace ({@code at …}, {@code Caused by:}, {@code ... n more}) comes first. One pass: each line is looked at once.
     */
    private static int messageEnd(String text, int from) {
        int lineEnd = lineBreak(text, from);
        int label = text.indexOf(REQUEST_ID_LABEL, from);
        if (label < 0 || label < lineEnd) {
            return lineEnd;
        }
        for (int line = lineEnd; line < label; ) {
            int start = skipSpace(text, line); // to the next line's first word, over empty lines
            if (text.startsWith("at ", start) || text.startsWith("Caused by:", start) || text.startsWith("...", start)) {
                return lineEnd;
            }
            line = lineBreak(text, start);
        }
        return lineBreak(text, label);
    }

    /** The index of the first line feed or carriage return from {@code from} on, or the text's length. */
    private static int lineBreak(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /**
     * The dotted word after the first label {@code code}, {@code error code}, {@code error_code} or {@code errorCode}
     * (ASCII letters in any case) that starts a word and is followed by an optional quote, {@code :} or {@code =} and an
     * optional quote, then a letter: {@code "Code":"X"}, {@code code=X}, {@code Error Code: X}. The word is ASCII letters,
     * digits and underscores, a letter first, in parts joined by single dots, as long as it goes on so. Empty when no
     * label is followed by a letter.
     */
    static Optional<String> labelledCode(String text) {
        int n = text.length();
        for (int k = indexOfIgnoreCase(text, "code", 0); k >= 0; k = indexOfIgnoreCase(text, "code", k + 4)) {
            if (!startsWord(text, k) && !startsWord(text, errorBefore(text, k))) {
                continue;
            }
            int i = skipQuote(text, k + 4);
            i = skipSpace(text, i);
            if (i >= n || text.charAt(i) != ':' && text.charAt(i) != '=') {
                continue;
            }
            i = skipQuote(text, skipSpace(text, i + 1));
            if (i < n && isAsciiLetter(text.charAt(i))) {
                int end = partEnd(text, i + 1);
                while (isDotAndPart(text, end)) {
                    end = partEnd(text, end + 1);
                }
                return Optional.of(text.substring(i, end));
            }
        }
        return Optional.empty();
    }

    /**
     * The words shaped like a code, in order, each at most {@code maxLength} characters (longer ones are skipped): an
     * ASCII capital that starts a word, ASCII letters and digits, then any parts of ASCII letters, digits and
     * underscores after single dots ({@code ResourceNotFound.FileNotExist}); a trailing dot is not part of it. A word
     * that runs on past that shape (into another script's letter) counts up to its last dot, or not at all.
     */
    static List<String> codeWords(String text, int maxLength) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z' || !startsWord(text, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && isAsciiLetterOrDigit(text.charAt(end))) {
                end++;
            }
            int beforeLastDot = -1;
            while (isDotAndPart(text, end)) {
                beforeLastDot = end;
                end = partEnd(text, end + 1);
            }
            int wordEnd = endsWord(text, end) ? end : beforeLastDot;
            if (wordEnd < 0) {
                i = end; // no word of the shape starts inside a run without dots
                continue;
            }
            if (wordEnd - i <= maxLength) {
                words.add(text.substring(i, wordEnd));
            }
            i = wordEnd;
        }
        return words;
    }

    /**
     * The id after the first {@code requestId}, {@code request_id} or {@code request id} (ASCII letters in any case),
     * an optional quote, {@code :} or {@code =} and an optional quote: a run of ASCII letters, digits and hyphens of at
     * least {@value #MIN_REQUEST_ID} characters. Empty when there is none.
     */
    static Optional<String> requestId(String text) {
        int n = text.length();
        for (int k = indexOfIgnoreCase(text, "request", 0); k >= 0; k = indexOfIgnoreCase(text, "request", k + 7)) {
            int i = k + 7;
            if (i < n && (text.charAt(i) == '_' || text.charAt(i) == ' ')) {
                i++;
            }
            if (!regionIsIgnoreCase(text, i, "id")) {
                continue;
            }
            i = skipSpace(text, skipQuote(text, i + 2));
            if (i >= n || text.charAt(i) != ':' && text.charAt(i) != '=') {
                continue;
            }
            int start = skipQuote(text, skipSpace(text, i + 1));
            int end = start;
            while (end < n && (isAsciiLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
                end++;
            }
            if (end - start >= MIN_REQUEST_ID) {
                return Optional.of(text.substring(start, end));
            }
        }
        return Optional.empty();
    }

    /** The start of {@code error}, {@code error_} or {@code error } right before {@code at}, or -1. */
    private static int errorBefore(String text, int at) {
        if (at >= 6 && (text.charAt(at - 1) == '_' || text.charAt(at - 1) == ' ') && regionIsIgnoreCase(text, at - 6, "error")) {
            return at - 6;
        }
        return at >= 5 && regionIsIgnoreCase(text, at - 5, "error") ? at - 5 : -1;
    }

    /** The end of the run of ASCII letters, digits and underscores from {@code from} on. */
    private static int partEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isCodeCharacter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Whether a dot is at {@code at} and a part of a dotted word after it. */
    private static boolean isDotAndPart(String text, int at) {
        return at + 1 < text.length() && text.charAt(at) == '.' && isCodeCharacter(text.charAt(at + 1));
    }

    /** Where a word starts at {@code at}: nothing of a word just before it (Unicode letters and digits, underscore, combining marks). */
    private static boolean startsWord(String text, int at) {
        return at == 0 || at > 0 && !isWordCharacter(Character.codePointBefore(text, at));
    }

    /** Where the word just before {@code at} ends there. */
    private static boolean endsWord(String text, int at) {
        return at == text.length() || !isWordCharacter(Character.codePointAt(text, at));
    }

    private static boolean isWordCharacter(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isCodeCharacter(char c) {
        return isAsciiLetterOrDigit(c) || c == '_';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipWord(String text, int from) {
        int i = from;
        while (i < text.length() && !isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipQuote(String text, int at) {
        return at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'') ? at + 1 : at;
    }

    /** The end of {@code text[from, end)} without its trailing white space. */
    private static int trimEnd(String text, int from, int end) {
        int e = end;
        while (e > from && isSpace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** Whether {@code word} (lower-case ASCII letters) is at {@code at}, in any case of ASCII letters only. */
    private static boolean regionIsIgnoreCase(String text, int at, String word) {
        if (at < 0 || at + word.length() > text.length()) {
            return false;
        }
        for (int j = 0; j < word.length(); j++) {
            if ((text.charAt(at + j) | 0x20) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfIgnoreCase(String text, String word, int from) {
        for (int i = from; i + word.length() <= text.length(); i++) {
            if (regionIsIgnoreCase(text, i, word)) {
                return i;
            }
        }
        return -1;
    }
}
