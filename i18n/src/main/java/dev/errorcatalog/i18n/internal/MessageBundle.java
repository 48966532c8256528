package dev.errorcatalog.i18n.internal;

import dev.errorcatalog.i18n.BundleFormatException;
import dev.errorcatalog.i18n.BundleProblem;
import org.apiguardian.api.API;

import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The messages of one locale, read from one JSON file: keys to {@link BundleEntry entries}, every pattern
 * already parsed. Immutable.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class MessageBundle {
    /** The longest message or other text an entry may hold, in characters. */
    public static final int MAX_MESSAGE_LENGTH = 64 << 10;
    /** The longest file that is a bundle, in bytes; a longer one is refused before it is decoded. */
    public static final int MAX_BYTES = 16 << 20;

    private final String owner;
    private final Locale locale;
    private final String file;
    private final Map<String, BundleEntry> entries;

    MessageBundle(String owner, Locale locale, String file, Map<String, BundleEntry> entries) {
        this.owner = owner;
        this.locale = locale;
        this.file = file;
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /**
     * Reads a bundle file (UTF-8 JSON; bytes that are not UTF-8 fail the file, saying where). Entries that are wrong
     * on their own (a pattern that does not parse, an empty message, a duplicate key, a value of the wrong shape) are
     * left out and reported in the result; the rest of the file is kept. The stream is read, not closed.
     *
     * @param owner  whose bundle this is, for reports (the catalog passes the product id)
     * @param locale the locale the file is for
     * @param file   where it came from, for reports
     * @throws BundleFormatException when the file as a whole cannot be read
     */
    public static Read read(InputStream in, String owner, Locale locale, String file) {
        return new BundleReader(owner, locale, file).read(Objects.requireNonNull(in, "in"));
    }

    /** A bundle and what was left out of it. */
    public record Read(MessageBundle bundle, List<BundleProblem> problems) {
        /** Copies the problems. */
        public Read {
            Objects.requireNonNull(bundle, "bundle");
            problems = List.copyOf(problems);
        }
    }

    /** Whose bundle this is, as named in reports. */
    public String owner() {
        return owner;
    }

    /** The locale of the file. */
    public Locale locale() {
        return locale;
    }

    /** Where the bundle came from, as named in reports. */
    public String file() {
        return file;
    }

    /** The entry for a key, if the bundle has it. */
    public Optional<BundleEntry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** All entries, in file order. */
    public Map<String, BundleEntry> entries() {
        return entries;
    }

    @Override
    public String toString() {
        return owner + " " + locale.toLanguageTag() + " (" + file + ", " + entries.size() + " entries)";
    }
}
