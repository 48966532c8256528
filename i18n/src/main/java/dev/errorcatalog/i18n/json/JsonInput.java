package dev.errorcatalog.i18n.json;

import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;

/**
 * How the library reads JSON it did not write (bundles, provenance files, API responses), in one place. Exported to
 * core only: not part of the API.
 */
public final class JsonInput {
    private JsonInput() {
    }

    /**
     * A factory builder whose parsers share no name table (so one input, names colliding under the table's hash,
     * cannot change how another is read) and refuse input beyond the limits given.
     */
    public static JsonFactoryBuilder isolated(int maxDepth, long maxDocumentLength, int maxStringLength) {
        return JsonFactory.builder()
                .disable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES)
                .disable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth)
                        .maxDocumentLength(maxDocumentLength)
                        .maxStringLength(maxStringLength)
                        .build());
    }

    /** A token as a message says it: {@code an object}, {@code a string}, {@code the end of the input}. */
    public static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the input";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }

    /** {@code  (line 3, column 7)}, or nothing when the place is not known. */
    public static String where(TokenStreamLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
