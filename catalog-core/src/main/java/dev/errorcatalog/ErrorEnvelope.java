package dev.errorcatalog;

import dev.errorcatalog.EnvelopeException.Reason;
import dev.errorcatalog.i18n.json.JsonInput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

import dev.errorcatalog.i18n.Printable;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Reads and writes the API's error envelopes with Jackson's streaming parser: only the fields needed are
 * looked at, the rest are skipped. Input is bounded in size ({@value #MAX_BYTES} bytes) and depth
 * ({@value #MAX_DEPTH} levels), so hostile input gets an {@link EnvelopeException}, never a hang or a
 * {@link StackOverflowError}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class ErrorEnvelope {
    /** The largest input {@code parse} reads: 1 MiB. */
    public static final int MAX_BYTES = 1 << 20;
    /** The deepest nesting {@code parse} accepts. */
    public static final int MAX_DEPTH = 64;

    /**
     * Property names are not canonicalized: a shared name table would let one hostile response (names that collide
     * under its hash) change how later ones are read. Surrogates and invisible characters are written as escapes,
     * so what {@link #write} writes is always read back by {@link #parse(String)}.
     */
    private static final JsonFactory JSON = JsonInput.isolated(MAX_DEPTH, MAX_BYTES, MAX_BYTES)
            .characterEscapes(EnvelopeText.ESCAPES)
            .build();

    private ErrorEnvelope() {
    }

    /**
     * @throws EnvelopeException when the text is not an API 3.0 or 2.0 response
     */
    public static ParsedResponse parse(String json) {
        Objects.requireNonNull(json, "json");
        long size = EnvelopeText.utf8Length(json, MAX_BYTES);
        if (size > MAX_BYTES) {
            throw tooLarge(size + " bytes");
        }
        return read(json);
    }

    /**
     * Reads UTF-8 bytes (a leading byte order mark is skipped); exactly as {@link #parse(String)} reads the text
     * they encode. Bytes that are not UTF-8 (overlong forms, surrogates, beyond U+10FFFF) are refused.
     */
    public static ParsedResponse parse(byte[] json) {
        Objects.requireNonNull(json, "json");
        if (json.length > MAX_BYTES) {
            throw tooLarge(json.length + " bytes");
        }
        return read(EnvelopeText.decode(json));
    }

    /** Both forms end here: the same text, the same checks, the same answer. */
    private static ParsedResponse read(String json) {
        String text = EnvelopeText.checked(json);
        try (JsonParser p = JSON.createParser(tools.jackson.core.ObjectReadContext.empty(), text)) {
            return read(p);
        } catch (EnvelopeException e) {
            throw e;
        } catch (JacksonException e) {
            throw malformed(e);
        } catch (RuntimeException e) {
            // Nothing but the documented exception leaves parse, whatever the reader does with what it is given.
            throw new EnvelopeException(Reason.NOT_JSON, "not an API response: the JSON reader failed on it: " + e, e);
        }
    }

    /** Reads at most {@value #MAX_BYTES} bytes of a stream, failing if there are more; does not close it. */
    public static ParsedResponse parse(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge("more than " + MAX_BYTES + " bytes");
        }
        return parse(bytes);
    }

    private static ParsedResponse read(JsonParser p) {
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

    private static EnvelopeException malformed(JacksonException e) {
        if (e instanceof StreamConstraintsException) {
            return new EnvelopeException(Reason.BEYOND_LIMITS, "not an API response: " + Printable.of(e.getOriginalMessage()) + JsonInput.where(e.getLocation()), e);
        }
        return new EnvelopeException(Reason.NOT_JSON, "malformed JSON: " + Printable.of(e.getOriginalMessage()) + JsonInput.where(e.getLocation()), e);
    }

    private static EnvelopeException tooLarge(String size) {
        return new EnvelopeException(Reason.BEYOND_LIMITS, "the input is " + size + ", more than the " + MAX_BYTES + " bytes an API response may have");
    }

    /**
     * The API 3.0 error envelope for a resolved code: the code asked for and its localized message.
     *
     * @throws MissingArgumentsException when the message's pattern takes arguments: use
     *                                   {@link #write(Resolution, java.util.Map, String)}, never a raw placeholder
     */
    public static String write(Resolution resolution, String requestId) {
        return write(resolution, java.util.Map.of(), requestId);
    }

    /**
     * The API 3.0 error envelope for a resolved code, its message's arguments filled in.
     *
     * @throws MissingArgumentsException when an argument the pattern takes is not among {@code arguments}
     * @throws dev.errorcatalog.i18n.InvalidArgumentException when one is null or of a type its format cannot take
     */
    public static String write(Resolution resolution, java.util.Map<String, ?> arguments, String requestId) {
        Objects.requireNonNull(arguments, "arguments");
        java.util.Set<String> missing = new java.util.HashSet<>(resolution.argumentNames());
        missing.removeAll(arguments.keySet());
        if (!missing.isEmpty()) {
            throw new MissingArgumentsException(resolution.requested(), missing, arguments.keySet());
        }
        return write(resolution.requested(), resolution.message(arguments), requestId);
    }

    /**
     * The API 3.0 error envelope: {@code {"Response":{"Error":{"Code":…,"Message":…},"RequestId":…}}}.
     *
     * @throws IllegalArgumentException when the code is blank, as {@link #parse(String)} would refuse the result
     */
    public static String write(String code, String message, String requestId) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(requestId, "requestId");
        if (code.isBlank()) {
            throw new IllegalArgumentException("the code is " + (code.isEmpty() ? "empty" : "blank")
                    + ": an API 3.0 error must have a code, and parse refuses one without");
        }
        StringWriter out = new StringWriter(96 + message.length());
        try (JsonGenerator g = JSON.createGenerator(tools.jackson.core.ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeName("Response");
            g.writeStartObject();
            g.writeName("Error");
            g.writeStartObject();
            g.writeStringProperty("Code", code);
            g.writeStringProperty("Message", message);
            g.writeEndObject();
            g.writeStringProperty("RequestId", requestId);
            g.writeEndObject();
            g.writeEndObject();
        }
        return out.toString();
    }
}
