package dev.errorcatalog.i18n.json;

import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.RecyclerPool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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
        String text = utf8(bytes);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * The bytes decoded as strict UTF-8, a byte order mark kept: the one rule for every file and response the library
     * reads as bytes.
     *
     * @throws RefusedInput saying what is wrong and where: the bytes, their byte offset, their line and column
     */
    public static String utf8(byte[] bytes) throws RefusedInput {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer from = ByteBuffer.wrap(bytes);
        CharBuffer to = CharBuffer.allocate(bytes.length); // UTF-8 never decodes to more chars than bytes
        CoderResult r = decoder.decode(from, to, true);
        if (!r.isError()) {
            r = decoder.flush(to);
        }
        if (r.isError()) {
            throw new RefusedInput("not UTF-8: the byte(s) " + hex(bytes, from.position(), r.length()) + " at byte offset "
                    + from.position() + " (" + place(to.array(), to.position()) + ") are not a UTF-8 sequence (an overlong"
                    + " form, a surrogate, beyond U+10FFFF, a stray or cut-short byte)");
        }
        return new String(to.array(), 0, to.position());
    }

    /** Input refused before it is parsed; the message says what and where, for the caller's own report. */
    public static final class RefusedInput extends Exception {
        RefusedInput(String message) {
            super(message);
        }
    }

    /** {@code line 3, column 7} of the character after the first {@code end} of {@code text}, as Jackson counts them. */
    static String place(char[] text, int end) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= end || text[i + 1] != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (end - lineStart + 1);
    }

    private static String hex(byte[] bytes, int from, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < from + count && i < bytes.length; i++) {
            s.append(s.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        return s.toString();
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
