package dev.errorcatalog;

import dev.errorcatalog.EnvelopeException.Reason;
import dev.errorcatalog.i18n.Printable;
import dev.errorcatalog.i18n.json.JsonInput;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@link ErrorEnvelope#parse(String)} makes of the JSON it has checked: an API 3.0 or 2.0 response, read field by
 * field from a streaming parser, or an {@link EnvelopeException} saying what is wrong and where.
 */
final class EnvelopeReader {
    private EnvelopeReader() {
    }

    /** The response the parser is at the start of; what is wrong with it as an {@link EnvelopeException}. */
    static ParsedResponse read(JsonParser p) {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new EnvelopeException(Reason.NOT_JSON, "not an API response: the input is empty");
        }
        if (first != JsonToken.START_OBJECT) {
            throw new EnvelopeException(Reason.NOT_A_RESPONSE, "not an API response: expected a JSON object at the top, found " + found(p, first)
                    + JsonInput.where(p.currentTokenLocation()));
        }
        V3 v3 = null;
        V2 v2 = new V2();
        Names seen = new Names();
        String name;
        while ((name = p.nextName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "Response" -> v3 = response(p, seen.first(p, t, "Response", Names.RESPONSE));
                case "code" -> v2.code = legacyCode(p, seen.first(p, t, "code", Names.CODE));
                case "message" -> v2.message = optionalString(p, seen.first(p, t, "message", Names.MESSAGE), "message");
                case "codeDesc" -> v2.codeDesc = optionalString(p, seen.first(p, t, "codeDesc", Names.CODE_DESC), "codeDesc");
                default -> p.skipChildren();
            }
        }
        if (p.nextToken() != null) {
            throw new EnvelopeException(Reason.NOT_A_RESPONSE, "not an API response: unexpected content after the top-level object"
                    + JsonInput.where(p.currentLocation()));
        }
        if (v3 != null) {
            return v3.result();
        }
        if (v2.code != null) {
            return v2.result();
        }
        throw new EnvelopeException(Reason.NOT_A_RESPONSE, "not an API response: neither API 3.0 (no \"Response\" object) nor API 2.0 (no \"code\")");
    }

    private static final class V3 {
        String code;
        boolean hasError;
        Optional<String> message = Optional.empty();
        Optional<String> requestId = Optional.empty();

        ParsedResponse result() {
            if (!hasError) {
                return new ParsedResponse.Success(ApiVersion.V3, requestId);
            }
            if (code == null || code.isBlank()) {
                throw new EnvelopeException(Reason.NOT_A_RESPONSE, "API 3.0 response: \"Response.Error\" has no \"Code\"");
            }
            return new ParsedResponse.Failure(new ApiError(code, message, requestId, ApiVersion.V3, OptionalInt.empty()));
        }
    }

    private static final class V2 {
        Integer code;
        Optional<String> message = Optional.empty();
        Optional<String> codeDesc = Optional.empty();

        ParsedResponse result() {
            if (code == 0) {
                return new ParsedResponse.Success(ApiVersion.V2, Optional.empty());
            }
            String text = codeDesc.filter(d -> !d.isBlank()).orElse(String.valueOf(code));
            return new ParsedResponse.Failure(new ApiError(text, message, Optional.empty(), ApiVersion.V2, OptionalInt.of(code)));
        }
    }

    private static V3 response(JsonParser p, JsonToken t) {
        expectObject(p, t, "Response");
        V3 v3 = new V3();
        Names seen = new Names();
        String name;
        while ((name = p.nextName()) != null) {
            JsonToken value = p.nextToken();
            switch (name) {
                case "Error" -> {
                    expectObject(p, seen.first(p, value, "Response.Error", Names.ERROR), "Response.Error");
                    v3.hasError = true;
                    error(p, v3);
                }
                case "RequestId" -> v3.requestId = optionalString(p, seen.first(p, value, "Response.RequestId", Names.REQUEST_ID),
                        "Response.RequestId");
                default -> p.skipChildren();
            }
        }
        return v3;
    }

    private static void error(JsonParser p, V3 v3) {
        Names seen = new Names();
        String name;
        while ((name = p.nextName()) != null) {
            JsonToken value = p.nextToken();
            switch (name) {
                case "Code" -> v3.code = optionalString(p, seen.first(p, value, "Response.Error.Code", Names.CODE),
                        "Response.Error.Code").orElse(null);
                case "Message" -> v3.message = optionalString(p, seen.first(p, value, "Response.Error.Message", Names.MESSAGE),
                        "Response.Error.Message");
                default -> p.skipChildren();
            }
        }
    }

    /**
     * The fields of one object already read. A field given twice is refused: the JSON reader would keep the last, so
     * a second {@code "Response"} without an error could turn a failure into a success.
     */
    private static final class Names {
        static final int RESPONSE = 1;
        static final int CODE = 2;
        static final int MESSAGE = 4;
        static final int CODE_DESC = 8;
        static final int ERROR = 16;
        static final int REQUEST_ID = 32;
        private int seen;

        /** {@code value}, once it is known to be the first of its name. */
        JsonToken first(JsonParser p, JsonToken value, String field, int bit) {
            if ((seen & bit) != 0) {
                throw new EnvelopeException(Reason.NOT_A_RESPONSE, "not an API response: \"" + field + "\" is given twice"
                        + JsonInput.where(p.currentTokenLocation()));
            }
            seen |= bit;
            return value;
        }
    }

    private static Integer legacyCode(JsonParser p, JsonToken t) {
        if (t == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                throw new EnvelopeException(Reason.NOT_A_RESPONSE, "API 2.0 response: \"code\" " + Printable.shorten(p.getString(), 40)
                        + " is out of range: it must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                        + JsonInput.where(p.currentLocation()));
            }
            return p.getIntValue();
        }
        if (t == JsonToken.VALUE_STRING && p.getString().matches("-?[0-9]{1,10}")) {
            long code = Long.parseLong(p.getString()); // as the number would be read: every int, in text too
            if (code == (int) code) {
                return (int) code;
            }
        }
        throw new EnvelopeException(Reason.NOT_A_RESPONSE, "API 2.0 response: \"code\" must be a whole number, found " + found(p, t)
                + JsonInput.where(p.currentTokenLocation()));
    }

    private static Optional<String> optionalString(JsonParser p, JsonToken t, String field) {
        if (t == JsonToken.VALUE_NULL) {
            return Optional.empty();
        }
        if (t != JsonToken.VALUE_STRING) {
            throw new EnvelopeException(Reason.NOT_A_RESPONSE, "\"" + field + "\" must be a string, found " + found(p, t) + JsonInput.where(p.currentTokenLocation()));
        }
        return Optional.of(p.getString());
    }

    /** What a value is, with the value itself where it is short: {@code the string "oops"}, {@code the number 42}. */
    private static String found(JsonParser p, JsonToken t) {
        if (t == null) {
            return JsonInput.describe(null);
        }
        return switch (t) {
            case VALUE_STRING -> "the string \"" + Printable.shorten(p.getString(), 40) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + Printable.shorten(p.getString(), 40);
            case VALUE_TRUE, VALUE_FALSE -> "the boolean " + p.getString();
            case VALUE_NULL -> "the JSON literal null";
            default -> JsonInput.describe(t);
        };
    }

    private static void expectObject(JsonParser p, JsonToken t, String field) {
        if (t != JsonToken.START_OBJECT) {
            throw new EnvelopeException(Reason.NOT_A_RESPONSE, "\"" + field + "\" must be an object, found " + found(p, t) + JsonInput.where(p.currentTokenLocation()));
        }
    }
}
