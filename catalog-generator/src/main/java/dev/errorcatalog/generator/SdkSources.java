package dev.errorcatalog.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The error-code enums of a Tencent Cloud Java SDK, from its sources jar or a folder laid out like one:
 * {@code com/tencentcloudapi/<product>/v<yyyymmdd>/<Product>ErrorCode.java}, one per product and API version.
 * Only those files are read; nothing else of the SDK is kept.
 *
 * @param title   the SDK's name, from the jar's or folder's name ({@code tencentcloud-sdk-java})
 * @param version its version, from the same name ({@code 3.2.11}), empty when the name has none
 * @param files   every error-code file: product, then API version ({@code 2018-07-17}), to its path and text
 */
public record SdkSources(String title, String version, Map<String, Map<String, EnumFile>> files) {
    private static final Pattern ENUM_PATH =
            Pattern.compile("(?:.*/)?com/tencentcloudapi/([a-z0-9]+)/v(\\d{4})(\\d{2})(\\d{2})/[A-Za-z0-9]+ErrorCode\\.java");
    private static final Pattern NAME_AND_VERSION = Pattern.compile("(.+?)-(\\d+(?:\\.\\d+)+)(?:-sources)?(?:\\.jar)?");

    /** One enum file: where it is (for errors) and its text. */
    /**
     * @param path     where the file is, for an error message: the folder's file, or {@code jar!/entry}
     * @param relative its path inside the sources ({@code com/tencentcloudapi/…}), the same on every machine
     */
    public record EnumFile(String path, String relative, String text) {
        public List<SdkEnumParser.Constant> constants() {
            return SdkEnumParser.parse(path, text);
        }
    }

    /**
     * @throws SourceFormatException when the path is neither a folder nor a jar, or holds no error-code enum
     */
    public static SdkSources open(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        Map<String, Map<String, EnumFile>> files = new TreeMap<>();
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> all = Files.walk(path)) {
                    for (Path p : all.filter(Files::isRegularFile).toList()) {
                        String rel = path.relativize(p).toString().replace('\\', '/');
                        add(files, rel, () -> Files.readString(p, StandardCharsets.UTF_8), path.resolve(rel).toString());
                    }
                }
            } else if (Files.isRegularFile(path)) {
                try (ZipFile zip = new ZipFile(path.toFile())) {
                    Enumeration<? extends ZipEntry> entries = zip.entries();
                    while (entries.hasMoreElements()) {
                        ZipEntry e = entries.nextElement();
                        add(files, e.getName(), () -> new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8),
                                path + "!/" + e.getName());
                    }
                }
            } else {
                throw new SourceFormatException(path.toString(), 0, "no such folder or jar");
            }
        } catch (java.util.zip.ZipException e) {
            throw new SourceFormatException(path.toString(), 0, "not a folder and not a readable jar: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new SourceFormatException(path.toString(), 0,
                    "holds no com/tencentcloudapi/<product>/v<date>/<Product>ErrorCode.java");
        }
        Matcher m = NAME_AND_VERSION.matcher(name);
        return m.matches() ? new SdkSources(m.group(1), m.group(2), files) : new SdkSources(name, "", files);
    }

    private interface Reader {
        String read() throws IOException;
    }

    private static void add(Map<String, Map<String, EnumFile>> files, String relative, Reader reader, String where)
            throws IOException {
        Matcher m = ENUM_PATH.matcher(relative);
        if (m.matches()) {
            String apiVersion = m.group(2) + "-" + m.group(3) + "-" + m.group(4);
            files.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(apiVersion, new EnumFile(where, relative, reader.read()));
        }
    }

    /** The products that have an error-code enum, in order. */
    public List<String> products() {
        return new ArrayList<>(new TreeSet<>(files.keySet()));
    }

    /** A product's enums by API version, oldest first; empty when the SDK has none for it. */
    public Optional<Map<String, EnumFile>> product(String product) {
        return Optional.ofNullable(files.get(product));
    }
}
