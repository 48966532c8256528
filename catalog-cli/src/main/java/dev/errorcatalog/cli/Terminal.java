package dev.errorcatalog.cli;

import java.util.Map;

/**
 * How text is written for whoever reads standard output: a person at a terminal gets colour (unless {@code NO_COLOR}
 * is set, https://no-color.org, or the terminal is {@code dumb}) and long values wrapped under their column; a pipe or
 * a file gets neither, so a script reads one line per field, free of escape codes.
 *
 * @param colour whether to colour
 * @param width  the columns to wrap values at, 0 for no wrapping
 */
record Terminal(boolean colour, int width) {
    /** A pipe or a file: no colour, no wrapping. */
    static final Terminal PIPE = new Terminal(false, 0);
    /** The width wrapped at when the terminal's is not known ({@code COLUMNS} unset). */
    static final int DEFAULT_WIDTH = 80;
    /** Narrower than this, wrapping would leave no room beside the labels: lines are left whole. */
    static final int MIN_WIDTH = 40;

    /** The standard output of this process: a terminal when the JVM has a console (neither standard stream redirected). */
    static Terminal ofStandardOutput() {
        return of(System.console() != null, System.getenv());
    }

    /** The decision, from whether standard output is a terminal and the environment. */
    static Terminal of(boolean terminal, Map<String, String> env) {
        if (!terminal) {
            return PIPE;
        }
        String noColor = env.get("NO_COLOR");
        boolean colour = (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
        int width = DEFAULT_WIDTH;
        try {
            width = Integer.parseInt(env.getOrDefault("COLUMNS", "").strip());
        } catch (NumberFormatException unset) {
            // most shells do not export COLUMNS: the common default
        }
        return new Terminal(colour, width < MIN_WIDTH ? 0 : width);
    }

    String bold(String text) {
        return paint("1", text);
    }

    String dim(String text) {
        return paint("2", text);
    }

    String green(String text) {
        return paint("32", text);
    }

    String yellow(String text) {
        return paint("1;33", text);
    }

    private String paint(String sgr, String text) {
        return colour && !text.isEmpty() ? "\u001b[" + sgr + "m" + text + "\u001b[0m" : text;
    }

    /** The columns a text takes on a terminal: East Asian wide characters take two. */
    static int columns(String text) {
        return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    private static boolean isWide(int c) {
        return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF
                || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000 && c <= 0x3FFFD;
    }

    /**
     * {@code text} in lines of at most {@link #width} columns less {@code indent}, broken at spaces, or inside a word
     * longer than a line (Chinese has no spaces); every line after the first starts with {@code indent} spaces. The
     * text whole when there is no wrapping.
     */
    String wrap(String text, int indent) {
        int room = width - indent;
        if (width == 0 || room < MIN_WIDTH / 2 || columns(text) <= room) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (String word : text.split(" ", -1)) {
            int w = columns(word);
            if (used > 0 && used + 1 + w > room) {
                out.append(line).append('\n').append(" ".repeat(indent));
                line.setLength(0);
                used = 0;
            } else if (used > 0 || line.length() > 0) {
                line.append(' ');
                used++;
            }
            for (int i = 0; i < word.length(); ) { // a word longer than a line is cut where the line ends
                int c = word.codePointAt(i);
                int cw = isWide(c) ? 2 : 1;
                if (used + cw > room && used > 0) {
                    out.append(line).append('\n').append(" ".repeat(indent));
                    line.setLength(0);
                    used = 0;
                }
                line.appendCodePoint(c);
                used += cw;
                i += Character.charCount(c);
            }
        }
        return out.append(line).toString();
    }
}
