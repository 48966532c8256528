package dev.errorcatalog.i18n;

import org.apiguardian.api.API;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * How bytes become text wherever the library, its command line and its generator read them (bundles, provenance,
 * a response's body, a pasted file, an SDK's sources): strict UTF-8. Overlong forms, encoded surrogates, code points
 * beyond U+10FFFF, stray and cut-short bytes are refused where they stand, never replaced, so that what one reader
 * refuses no other reads as something else.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Utf8 {
    private Utf8() {
    }

    /**
     * The bytes as text, a byte order mark kept.
     *
     * @throws NotUtf8Exception naming the bytes that are not UTF-8, their byte offset, line and column
     */
    public static String decode(byte[] bytes) {
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
            throw new NotUtf8Exception(hex(bytes, from.position(), r.length()), from.position(), to.array(), to.position());
        }
        return new String(to.array(), 0, to.position());
    }

    private static String hex(byte[] bytes, int from, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < from + count && i < bytes.length; i++) {
            s.append(s.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        return s.toString();
    }
}
