package dev.errorcatalog.generator;

import dev.errorcatalog.i18n.NotUtf8Exception;
import dev.errorcatalog.i18n.Printable;
import dev.errorcatalog.i18n.Utf8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How the generator reads a file it is given (a feed, a maintainers' file, a document): a regular file only, so a
 * pipe or a device is never waited on; bounded in size; UTF-8 strictly, a byte that is not naming its line. Every
 * failure names the file.
 */
final class Inputs {
    /** The most one input file may hold; the error centre's whole feed is 3.5 MB. */
    static final int MAX_FILE_BYTES = 64 << 20;

    private Inputs() {
    }

    /** The file's text. */
    static String text(Path file) {
        return utf8(bytes(file, MAX_FILE_BYTES, "the most the generator reads from one file"), file.toString());
    }

    /** A stream over the file, once it is known to be a regular file within the bound. */
    static InputStream open(Path file) {
        long size = regularFileSize(file);
        if (size > MAX_FILE_BYTES) {
            throw tooLarge(file.toString(), MAX_FILE_BYTES, "the most the generator reads from one file");
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The file's bytes; more than {@code limit} is an error saying {@code why} that is the limit. */
    static byte[] bytes(Path file, int limit, String why) {
        if (regularFileSize(file) > limit) {
            throw tooLarge(file.toString(), limit, why);
        }
        // a file may grow after its size was read: never more than the limit is taken
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(limit + 1);
            if (b.length > limit) {
                throw tooLarge(file.toString(), limit, why);
            }
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static long regularFileSize(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SourceFormatException(file.toString(), 0, Files.isDirectory(file) ? "a folder, where a file is wanted"
                    : Files.exists(file) ? "not a regular file" : "no such file");
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    static SourceFormatException tooLarge(String where, long limit, String why) {
        return new SourceFormatException(where, 0, "holds more than " + mebibytes(limit) + ", " + why);
    }

    /** A size the way the limits are set: {@code 4 MiB}. */
    static String mebibytes(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : String.format(Locale.ROOT, "%,d bytes", bytes);
    }

    /** The bytes as UTF-8; a byte that is not is an error naming its line. */
    static String utf8(byte[] bytes, String where) {
        try {
            return Utf8.decode(bytes);
        } catch (NotUtf8Exception e) {
            throw new SourceFormatException(where, e.line(), e.getMessage());
        }
    }

    /**
     * Text read from JSON, which may escape half of a surrogate pair alone ({@code \ud800}): no file can hold that as
     * UTF-8, so it is an error where it stands.
     */
    static String wellFormed(String text, String where, int line) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new SourceFormatException(where, line, "half of a surrogate pair alone in "
                        + quote(text) + ": no UTF-8 file can hold it");
            }
        }
        return text;
    }

    /** Text from an input, quoted for a message: shortened, controls escaped. */
    static String quote(String text) {
        return "'" + Printable.shorten(text, 80) + "'";
    }
}
