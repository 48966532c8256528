package dev.errorcatalog;

import dev.errorcatalog.EnvelopeException.Reason;
import dev.errorcatalog.i18n.InvalidValueException;
import dev.errorcatalog.i18n.Printable;
import dev.errorcatalog.i18n.json.JsonInput;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Objects;

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
            return EnvelopeReader.read(p);
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
     * @throws InvalidValueException when the code is blank, as {@link #parse(String)} would refuse the result
     */
    public static String write(String code, String message, String requestId) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(requestId, "requestId");
        if (code.isBlank()) {
            throw new InvalidValueException("ErrorEnvelope.write(code)", "the code is " + (code.isEmpty() ? "empty" : "blank")
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
