package dev.errorcatalog.i18n.json;

import dev.errorcatalog.i18n.NotUtf8Exception;
import dev.errorcatalog.i18n.Utf8;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.RecyclerPool;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * How the library reads JSON it did not write (bundles, provenance files, API responses), in one place. Exported to
 * core only: not part of the API.
 */
@API(status = INTERNAL, since = "0.1.0")
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

    /**
     * {@link #isolated} for a file read once (a bundle, a provenance file): its parser's buffers are dropped with it
     * rather than handed back for another read. Jackson's own recycler hands them back through a lambda, and a
     * program's first message would otherwise pay for starting the JDK's lambda machinery (about 5 ms).
     */
    public static JsonFactoryBuilder readOnce(int maxDepth, long maxDocumentLength, int maxStringLength) {
        return isolated(maxDepth, maxDocumentLength, maxStringLength).recyclerPool(ReadOncePool.INSTANCE);
    }

    private static final class ReadOncePool extends RecyclerPool.NonRecyclingPoolBase<BufferRecycler> {
        static final ReadOncePool INSTANCE = new ReadOncePool();

        @Override
        public BufferRecycler acquirePooled() {
            return new DroppingRecycler();
        }
    }

    /** A recycler used for one parser and then dropped: a buffer given back has nowhere to go. */
    private static final class DroppingRecycler extends BufferRecycler {
        @Override
        public void releaseByteBuffer(int ix, byte[] buffer) {
            // dropped with this recycler
        }

        @Override
        public void releaseCharBuffer(int ix, char[] buffer) {
            // dropped with this recycler
        }
    }

    /**
     * The text of a file read once, decoded as strict UTF-8 (overlong forms, encoded surrogates, code points beyond
     * U+10FFFF, stray and cut-short bytes are refused, never replaced), without a leading byte order mark. Reads at
     * most {@code maxBytes + 1} bytes and does not close the stream: that is its opener's business.
     *
     * @throws RefusedInput saying what is wrong and where: the bytes, their byte offset, their line and column
     * @throws IOException  when the stream fails
     */
    public static String readUtf8(InputStream in, int maxBytes) throws IOException, RefusedInput {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new RefusedInput("more than " + maxBytes + " bytes long");
        }
        String text;
        try {
            text = Utf8.decode(bytes);
        } catch (NotUtf8Exception e) {
            throw new RefusedInput(e.getMessage());
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Input refused before it is parsed; the message says what and where, for the caller's own report. */
    public static final class RefusedInput extends Exception {
        RefusedInput(String message) {
            super(message);
        }
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
