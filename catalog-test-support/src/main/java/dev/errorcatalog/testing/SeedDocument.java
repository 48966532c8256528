package dev.errorcatalog.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rows of a source document (a copy of one of ../shared/seeds in a module's test resources): the
 * Markdown tables of the API 3.0 lists, split into common and business tables, and the HTML table of the
 * API 2.0 list. Links keep their label in the text; their targets are collected.
 */
public final class SeedDocument {
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)]+)\\)");
    private static final Pattern HTML_LINK = Pattern.compile("<a\\s[^>]*href=\"([^\"]+)\"[^>]*>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern HTML_ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern HTML_CELL = Pattern.compile("<td>(.*?)</td>", Pattern.DOTALL);

    /** Which table of the document a row is in. */
    public enum Table { COMMON, BUSINESS, LEGACY }

    /** One row: its code, its text with links reduced to their labels, the links' targets, and a title (API 2.0). */
    public record Row(String document, Table table, String code, Optional<String> title, String text, List<String> links) {
        @Override
        public String toString() {
            return document + " " + table + " " + code + ": " + text;
        }
    }

    private SeedDocument() {
    }

    /** The rows of {@code seeds/<file>} on the test class path, in document order. */
    public static List<Row> read(String file) {
        String text = resource("seeds/" + file);
        return text.contains("<table") ? html(file, text) : markdown(file, text);
    }

    private static List<Row> markdown(String file, String text) {
        List<Row> rows = new ArrayList<>();
        Table table = null;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("#")) {
                table = l.contains("Common") || l.contains("公共") ? Table.COMMON
                        : l.contains("Business") || l.contains("业务") ? Table.BUSINESS : null;
                continue;
            }
            if (table == null || !l.startsWith("|")) {
                continue;
            }
            String[] cells = l.substring(1, l.endsWith("|") ? l.length() - 1 : l.length()).split("\\|", -1);
            String code = cells[0].strip();
            if (code.isEmpty() || code.startsWith(":") || code.startsWith("-") || code.equalsIgnoreCase("Error code")
                    || code.equals("错误码")) {
                continue;
            }
            List<String> links = new ArrayList<>();
            rows.add(new Row(file, table, code, Optional.empty(), links(cells[1].strip(), links), List.copyOf(links)));
        }
        return rows;
    }

    private static List<Row> html(String file, String text) {
        List<Row> rows = new ArrayList<>();
        Matcher row = HTML_ROW.matcher(text);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = HTML_CELL.matcher(row.group(1).replace("</td><td>", "</td>\n<td>"));
            while (cell.find()) {
                cells.add(cell.group(1));
            }
            if (cells.size() != 3) {
                continue; // the header row has <th> cells
            }
            List<String> links = new ArrayList<>();
            String title = links(cells.get(1).strip(), links);
            String description = links(cells.get(2).strip(), links);
            rows.add(new Row(file, Table.LEGACY, cells.get(0).strip(), Optional.of(title), description, List.copyOf(links)));
        }
        return rows;
    }

    /** The text with each link replaced by its label; the targets are added to {@code targets}. */
    public static String links(String text, List<String> targets) {
        Matcher md = MARKDOWN_LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (md.find()) {
            targets.add(md.group(2));
            md.appendReplacement(out, Matcher.quoteReplacement(md.group(1)));
        }
        md.appendTail(out);
        Matcher html = HTML_LINK.matcher(out.toString());
        StringBuilder plain = new StringBuilder();
        while (html.find()) {
            targets.add(html.group(1));
            html.appendReplacement(plain, Matcher.quoteReplacement(html.group(2)));
        }
        html.appendTail(plain);
        return plain.toString();
    }

    /**
     * The copy on the test class path, byte for byte the document in ../shared/seeds beside the checkout, when that
     * folder is there (it is in CI): the copies cannot drift from their source unnoticed.
     */
    public static Optional<String> differenceFromShared(String file) {
        java.nio.file.Path shared = java.nio.file.Path.of("..", "..", "shared", "seeds", file);
        if (!java.nio.file.Files.isRegularFile(shared)) {
            return Optional.empty();
        }
        try {
            String original = java.nio.file.Files.readString(shared, StandardCharsets.UTF_8);
            return original.equals(resource("seeds/" + file)) ? Optional.empty()
                    : Optional.of("seeds/" + file + " differs from " + shared);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether ../shared/seeds is beside the checkout. */
    public static boolean sharedSeedsPresent() {
        return java.nio.file.Files.isDirectory(java.nio.file.Path.of("..", "..", "shared", "seeds"));
    }

    private static String resource(String name) {
        try (InputStream in = SeedDocument.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
