package dev.errorcatalog.generator;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tencent Cloud's error-centre feed: a JSON array of rows with {@code productName, productVersion, code,
 * description, solution}. Descriptions are often null and solutions mostly placeholders; those count as absent.
 */
final class ErrorCentreFeed {
    /** One row, with placeholder text already taken out. */
    public record Row(String product, String apiVersion, String code, Optional<String> description, Optional<String> solution) {
    }

    private final List<Row> rows;

    private ErrorCentreFeed(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** @throws SourceFormatException naming the file and line of what is not such a feed */
    public static ErrorCentreFeed read(Path file) {
        String where = file.toString();
        try (InputStream in = Inputs.open(file); JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new SourceFormatException(where, p.currentTokenLocation().getLineNr(), "the feed must be a JSON array of rows");
            }
            List<Row> rows = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                int line = p.currentTokenLocation().getLineNr();
                if (t != JsonToken.START_OBJECT) {
                    throw new SourceFormatException(where, line, "a row must be an object of productName, productVersion, code,"
                            + " description and solution");
                }
                Map<String, String> f = new HashMap<>();
                String name;
                while ((name = p.nextName()) != null) {
                    JsonToken value = p.nextToken();
                    if (value == JsonToken.VALUE_STRING) {
                        f.put(name, Inputs.wellFormed(p.getString(), where, p.currentTokenLocation().getLineNr()));
                    } else {
                        p.skipChildren();
                    }
                }
                for (String required : List.of("productName", "code")) {
                    if (f.get(required) == null || f.get(required).isBlank()) {
                        throw new SourceFormatException(where, line, "a row has no \"" + required + "\"");
                    }
                }
                rows.add(new Row(f.get("productName"), f.getOrDefault("productVersion", ""), f.get("code").strip(),
                        Texts.present(f.get("description"), f.get("code")), Texts.present(f.get("solution"), f.get("code"))));
            }
            return new ErrorCentreFeed(rows);
        } catch (JacksonException e) {
            throw new SourceFormatException(where, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** A product's rows, by code; where a code has rows for several API versions, the newest wins. */
    public Map<String, Row> product(String product) {
        Map<String, Row> byCode = new HashMap<>();
        for (Row r : rows) {
            if (r.product().equals(product)) {
                byCode.merge(r.code(), r, (a, b) -> a.apiVersion().compareTo(b.apiVersion()) >= 0 ? a : b);
            }
        }
        return byCode;
    }
}
