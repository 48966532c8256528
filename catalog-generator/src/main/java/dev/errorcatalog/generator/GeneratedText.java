package dev.errorcatalog.generator;

import dev.errorcatalog.i18n.Printable;

/**
 * Text from the inputs (a jar's name, a maintainers' note, a code the catalog cannot hold) as each kind of generated
 * file must hold it: it reads as the same text and cannot end the comment, string or element it stands in, nor
 * act on a terminal. Every value a generator writes into Java, XML or Markdown goes through here; JSON through
 * {@link Json}.
 */
final class GeneratedText {
    private GeneratedText() {
    }

    /**
     * For a {@code //} comment: on one line, controls escaped ({@link Printable}), and every backslash doubled, as
     * javac reads {@code \u005cu000a} written out in a comment as the line break it stands for.
     */
    static String lineComment(String text) {
        return Printable.of(text).replace("\\", "\\\\");
    }

    /** For a doc comment: as {@link #lineComment}, and nothing HTML, a tag or a comment's end would make of it. */
    static String docComment(String text) {
        return lineComment(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;");
    }

    /** A Java string literal: quote and backslash escaped, controls as octal escapes, all else beyond ASCII as {@code \u005cuXXXX}. */
    static String javaString(String text) {
        StringBuilder s = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                // not as a unicode escape: javac reads the one for a line break as a line break, in a literal too
                s.append(String.format("\\%03o", (int) c));
            } else if (c > 0x7e) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }

    /**
     * XML element text: controls escaped ({@link Printable}), as XML 1.0 cannot hold most of them even as references;
     * the markup characters as entities; the two characters XML has no place for at all as escapes.
     */
    static String xml(String text) {
        StringBuilder s = new StringBuilder();
        String printable = Printable.of(text);
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&apos;");
                case '\ufffe', '\uffff' -> s.append(String.format("\\u%04x", (int) c));
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /**
     * Markdown text: controls escaped ({@link Printable}), and each character that would make emphasis, code, a link,
     * an image, HTML, an entity or a table of it escaped with a backslash, which Markdown takes for the character itself.
     */
    static String markdown(String text) {
        StringBuilder s = new StringBuilder();
        String printable = Printable.of(text);
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            if ("\\`*_[]<>&!|~#".indexOf(c) >= 0) {
                s.append('\\');
            }
            s.append(c);
        }
        return s.toString();
    }
}
