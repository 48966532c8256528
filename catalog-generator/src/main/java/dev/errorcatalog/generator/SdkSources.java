package dev.errorcatalog.generator;

import org.apiguardian.api.API;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The error-code enums of a Tencent Cloud Java SDK, from its sources jar or a folder laid out like one:
 * {@code com/tencentcloudapi/<product>/v<yyyymmdd>/<Product>ErrorCode.java}, one per product and API version.
 * Only those files are read, and of them only the products asked for; nothing else of the SDK is kept. What one
 * file may hold, and all of them together, is bounded, so a small jar that inflates to gigabytes is an error
 * naming the entry, not a full heap.
 *
 * @param title    the SDK's name, from the jar's or folder's name ({@code tencentcloud-sdk-java})
 * @param version  its version, from the same name ({@code 3.2.11}), empty when the name has none
 * @param products every product that has an error-code enum, read or not, in order
 * @param files    the enums read: product, then API version ({@code 2018-07-17}), to its path and text
 */
@API(status = INTERNAL, since = "0.1.0")
public record SdkSources(String title, String version, List<String> products, Map<String, Map<String, EnumFile>> files) {
    /** The most one enum file may hold: the SDK's largest is under 100 KB. */
    public static final int MAX_ENUM_BYTES = 4 << 20;
    /** The most the enums read from one SDK may hold together: all of an SDK's products' are some 2.5 MB. */
    public static final long MAX_TOTAL_BYTES = 32L << 20;

    private static final Pattern ENUM_PATH =
            Pattern.compile("(?:.*/)?com/tencentcloudapi/([a-z0-9]+)/v(\\d{4})(\\d{2})(\\d{2})/[A-Za-z0-9]+ErrorCode\\.java");
    private static final Pattern NAME_AND_VERSION = Pattern.compile("(.+?)-(\\d+(?:\\.\\d+)+)(?:-sources)?(?:\\.jar)?");

    public SdkSources {
        products = List.copyOf(products);
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /**
     * One enum file: where it is (for errors) and its text.
     *
     * @param path     where the file is, for an error message: the folder's file, or {@code jar!/entry}
     * @param relative its path inside the sources ({@code com/tencentcloudapi/…}), the same on every machine
     */
    public record EnumFile(String path, String relative, String text) {
        public List<SdkEnumParser.Constant> constants() {
            return SdkEnumParser.parse(path, text);
        }

        /** The constants, none where the enum lists none ({@link SdkEnumParser#parseListingNone}). */
        public List<SdkEnumParser.Constant> constantsOrNone() {
            return SdkEnumParser.parseListingNone(path, text);
        }
    }

    /**
     * Every product's enums.
     *
     * @throws SourceFormatException when the path is neither a folder nor a jar, holds no error-code enum, or an
     *                               enum is not UTF-8 or beyond the limits
     */
    public static SdkSources open(Path path) {
        return open(path, product -> true);
    }

    /**
     * One product's enums: no other product's file is read ({@link #products()} still lists them all).
     *
     * @throws SourceFormatException as {@link #open(Path)} does, for that product's enums
     */
    public static SdkSources open(Path path, String product) {
        return open(path, product::equals);
    }

    private static SdkSources open(Path path, Predicate<String> wanted) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        Reading reading = new Reading(path, wanted);
        if (Files.isDirectory(path)) {
            reading.folder();
        } else if (Files.isRegularFile(path)) {
            reading.jar();
        } else {
            throw new SourceFormatException(path.toString(), 0, Files.exists(path) ? "neither a folder nor a jar" : "no such folder or jar");
        }
        if (reading.products.isEmpty()) {
            throw new SourceFormatException(path.toString(), 0,
                    "holds no com/tencentcloudapi/<product>/v<date>/<Product>ErrorCode.java");
        }
        Matcher m = NAME_AND_VERSION.matcher(name);
        List<String> products = List.copyOf(reading.products);
        return m.matches() ? new SdkSources(m.group(1), m.group(2), products, reading.files)
                : new SdkSources(name, "", products, reading.files);
    }

    /** The bytes of one file: no more than {@link #MAX_ENUM_BYTES}, and one more to tell it is beyond. */
    private interface Content {
        byte[] read() throws IOException;
    }

    private static final String ENUM_LIMIT = "the most one error-code enum may hold (an SDK's largest is under 100 KB)";

    /** One pass over a folder or a jar: names all products, reads the wanted ones' enums within the limits. */
    private static final class Reading {
        private final Path path;
        private final Predicate<String> wanted;
        private final TreeSet<String> products = new TreeSet<>();
        private final Map<String, Map<String, EnumFile>> files = new TreeMap<>();
        private long total;

        Reading(Path path, Predicate<String> wanted) {
            this.path = path;
            this.wanted = wanted;
        }

        void folder() {
            try (Stream<Path> all = Files.walk(path)) {
                for (Iterator<Path> i = all.iterator(); i.hasNext(); ) {
                    Path p = i.next();
                    // a link to a file is read as the file; a pipe or a device is never opened
                    if (Files.isRegularFile(p)) {
                        String relative = path.relativize(p).toString().replace('\\', '/');
                        add(relative, p.toString(), -1, () -> Inputs.bytes(p, MAX_ENUM_BYTES, ENUM_LIMIT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(path + ": " + e.getMessage(), e);
            }
        }

        void jar() {
            try (ZipFile zip = new ZipFile(path.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    String where = path + "!/" + e.getName();
                    add(e.getName(), where, e.getSize(), () -> {
                        // never more than the limit is inflated, whatever size the jar declares
                        try (InputStream in = zip.getInputStream(e)) {
                            return in.readNBytes(MAX_ENUM_BYTES + 1);
                        } catch (IOException | RuntimeException broken) {
                            // inflating stopped part way (ZipException, EOFException): the entry is named, not the jar
                            throw new SourceFormatException(where, 0, "cannot be read from the jar: "
                                    + (broken.getMessage() == null ? broken.getClass().getSimpleName() : broken.getMessage()));
                        }
                    });
                }
            } catch (ZipException | EOFException e) {
                // not a zip, or one cut short: its central directory runs past its end
                throw new SourceFormatException(path.toString(), 0, "not a folder and not a readable jar: "
                        + (e.getMessage() == null ? "it ends too soon" : e.getMessage()));
            } catch (IOException e) {
                throw new UncheckedIOException(path + ": " + e.getMessage(), e);
            }
        }

        /**
         * Takes note of an enum file's product and, for a wanted one, reads it.
         *
         * @param declared the size the jar declares, -1 when unknown: a jar may say less than the entry inflates to
         */
        private void add(String relative, String where, long declared, Content content) throws IOException {
            Matcher m = ENUM_PATH.matcher(relative);
            if (!m.matches()) {
                return;
            }
            String product = m.group(1);
            products.add(product);
            if (!wanted.test(product)) {
                return;
            }
            String apiVersion = m.group(2) + "-" + m.group(3) + "-" + m.group(4);
            Map<String, EnumFile> versions = files.computeIfAbsent(product, k -> new TreeMap<>());
            EnumFile seen = versions.get(apiVersion);
            if (seen != null) {
                throw new SourceFormatException(where, 0, "a second error-code enum of " + product + " for API " + apiVersion
                        + ", beside " + Inputs.quote(seen.path()) + ": which one is meant?");
            }
            if (declared > MAX_ENUM_BYTES) {
                throw tooLarge(where);
            }
            byte[] bytes = content.read();
            if (bytes.length > MAX_ENUM_BYTES) {
                throw tooLarge(where);
            }
            total += bytes.length;
            if (total > MAX_TOTAL_BYTES) {
                throw Inputs.tooLarge(path.toString(), MAX_TOTAL_BYTES,
                        "in the error-code enums it is asked for, the most the generator reads from one SDK");
            }
            versions.put(apiVersion, new EnumFile(where, relative, Inputs.utf8(bytes, where)));
        }

        private static SourceFormatException tooLarge(String where) {
            return Inputs.tooLarge(where, MAX_ENUM_BYTES, ENUM_LIMIT);
        }
    }

    /** A product's enums by API version, oldest first; empty when the SDK has none for it, or it was not read. */
    public Optional<Map<String, EnumFile>> product(String product) {
        return Optional.ofNullable(files.get(product));
    }
}
