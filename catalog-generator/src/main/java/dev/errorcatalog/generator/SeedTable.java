package dev.errorcatalog.generator;

import dev.errorcatalog.ErrorCode;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a published error-code document in Markdown: a "common" and a "business" table of
 * {@code | Code | Text |}. The text is kept exactly as written.
 *
 * @param name     the document's file name, for provenance and errors
 * @param common   the common table's rows, code to text
 * @param business the business table's rows
 */
record SeedTable(String name, Map<String, String> common, Map<String, String> business) {

    /** @throws SourceFormatException naming the file and line of a table row it cannot read */
    public static SeedTable read(Path file) {
        List<String> lines = Inputs.text(file).lines().toList();
        Map<String, String> common = new LinkedHashMap<>();
        Map<String, String> business = new LinkedHashMap<>();
        Map<String, String> table = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.startsWith("#")) {
                table = l.contains("Common") || l.contains("公共") ? common
                        : l.contains("Business") || l.contains("业务") ? business : null;
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
            if (cells.length != 2) {
                throw new SourceFormatException(file.toString(), i + 1, "a row must have two cells, code and text");
            }
            if (!ErrorCode.isValid(code)) {
                throw new SourceFormatException(file.toString(), i + 1, Inputs.quote(code) + " is not an error code");
            }
            table.putIfAbsent(code, cells[1].strip());
        }
        if (common.isEmpty() && business.isEmpty()) {
            throw new SourceFormatException(file.toString(), 0, "no common or business table of | code | text | rows");
        }
        return new SeedTable(file.getFileName().toString(), common, business);
    }

    /** The document's text for a code: its business row, else its common row. */
    public java.util.Optional<String> text(String code) {
        String t = business.get(code);
        return java.util.Optional.ofNullable(t != null ? t : common.get(code));
    }
}
