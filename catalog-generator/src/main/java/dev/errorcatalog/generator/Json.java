package dev.errorcatalog.generator;

import dev.errorcatalog.i18n.Printable;

/** Just enough JSON writing for the generator's files, so they come out stable and readable in review. */
final class Json {
    private Json() {
    }

    /**
     * A JSON string literal; text is written as it is, Chinese included, but every character {@link Printable} shows
     * escaped (controls, line separators, bidirectional controls) and half a surrogate pair are written as JSON
     * escapes: the value is the same, and the file shows nothing a terminal or an editor would act on.
     */
    static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                    if (pair) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Printable.isShownEscaped(c) || Character.isSurrogate(c)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
