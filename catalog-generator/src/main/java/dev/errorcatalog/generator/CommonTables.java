package dev.errorcatalog.generator;

import dev.errorcatalog.ErrorCode;
import org.apiguardian.api.API;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The platform-wide common codes in two official tables, Chinese and English, as teco-code-generators' data.swift
 * holds them: {@code private let tcCommonErrors: [String : String] = [ "Code": "text", ... ]} and
 * {@code tcIntlCommonErrors} for English.
 *
 * @param chinese the Chinese table, code to text, in file order
 * @param english the English table
 */
@API(status = INTERNAL, since = "0.1.0")
public record CommonTables(Map<String, String> chinese, Map<String, String> english) {
    /** Possessive: a long row is read in one pass, without the recursion per character that overflows the stack. */
    private static final Pattern ROW = Pattern.compile("^\\s*\"([^\"]++)\"\\s*:\\s*\"((?:[^\"\\\\]++|\\\\.)*+)\"\\s*,?\\s*$");

    /** @throws SourceFormatException naming the file and line of a row it cannot read, or a missing table */
    public static CommonTables read(Path file) {
        List<String> lines = Inputs.text(file).lines().toList();
        Map<String, String> zh = table(file, lines, "tcCommonErrors");
        Map<String, String> en = table(file, lines, "tcIntlCommonErrors");
        return new CommonTables(zh, en);
    }

    private static Map<String, String> table(Path file, List<String> lines, String name) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(" " + name + ":") && lines.get(i).strip().endsWith("[")) {
                start = i + 1;
                break;
            }
        }
        if (start < 0) {
            throw new SourceFormatException(file.toString(), 0, "no table '" + name + "'");
        }
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = start; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.strip().equals("]")) {
                return rows;
            }
            Matcher m = ROW.matcher(l);
            if (!m.matches()) {
                throw new SourceFormatException(file.toString(), i + 1, "not a row \"Code\": \"text\" of table " + name);
            }
            if (!ErrorCode.isValid(m.group(1))) {
                throw new SourceFormatException(file.toString(), i + 1, Inputs.quote(m.group(1)) + " is not an error code");
            }
            rows.put(m.group(1), m.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        throw new SourceFormatException(file.toString(), lines.size(), "table " + name + " is not closed with ']'");
    }
}
