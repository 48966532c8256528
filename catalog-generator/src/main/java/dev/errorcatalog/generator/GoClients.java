package dev.errorcatalog.generator;

import dev.errorcatalog.Source;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The codes each API action can return, as Tencent Cloud's Go client lists them above each action of
 * {@code tencentcloud/<product>/v<yyyymmdd>/client.go}, from the module's folder or a zip laid out like it:
 * <pre>{@code
 * // 可能返回的错误码:
 * //  INTERNALERROR = "InternalError"
 * //  RESOURCEUNAVAILABLE_CMKNOTFOUND = "ResourceUnavailable.CmkNotFound"
 * func (c *Client) DescribeKey(request *DescribeKeyRequest) (response *DescribeKeyResponse, err error)
 * }</pre>
 * Only the list above an action's own function is read (its {@code …WithContext} twin repeats it); an action with no
 * list has an empty one. Nothing else of the client is kept. Bounded like {@link SdkSources}.
 *
 * @param title    the client's name, from the folder's or zip's name ({@code tencentcloud-sdk-go})
 * @param version  its version, from the same name ({@code 1.3.166}), empty when the name has none
 * @param products product to API version to action to its codes, all sorted but the codes (in the client's order)
 */
@API(status = INTERNAL, since = "0.2.0")
public record GoClients(String title, String version, Map<String, Map<String, Map<String, List<String>>>> products) {
    /** The most one client file may hold: the largest is under 1.4 MB. */
    public static final int MAX_CLIENT_BYTES = 16 << 20;
    /** The most the clients may hold together: all of them are some 44 MB. */
    public static final long MAX_TOTAL_BYTES = 256L << 20;

    static final String LIST = "// 可能返回的错误码:";
    private static final Pattern CLIENT_PATH =
            Pattern.compile("(?:.*/)?tencentcloud/([a-z0-9]+)/v(\\d{4})(\\d{2})(\\d{2})/client\\.go");
    private static final Pattern CODE_LINE = Pattern.compile("//  [A-Z0-9_]+ = \"([^\"]*)\"");
    private static final Pattern FUNC = Pattern.compile("func \\(c \\*Client\\) ([A-Za-z0-9_]+)\\(request \\*");
    private static final Pattern NAME_AND_VERSION = Pattern.compile("(.+?)-v?(\\d+(?:\\.\\d+)+)(?:\\.zip)?");

    public GoClients {
        products = Collections.unmodifiableMap(new TreeMap<>(products));
    }

    /** The client as a source of the action lists. */
    public Source source() {
        return new Source("sdk-go", Source.Kind.SDK, title, version, "Apache-2.0");
    }

    /** A product's lists, {@link ProductData.Actions#NONE} when the client has none for it. */
    public ProductData.Actions actions(String product) {
        Map<String, Map<String, List<String>>> versions = products.get(product);
        return versions == null ? ProductData.Actions.NONE : new ProductData.Actions(Optional.of(source()), versions);
    }

    /**
     * Every product's lists.
     *
     * @throws SourceFormatException when the path is neither a folder nor a zip, holds no client, a client is not
     *                               UTF-8 or beyond the limits, or names an action twice
     */
    public static GoClients open(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        Map<String, Map<String, Map<String, List<String>>>> products = new TreeMap<>();
        long[] total = {0};
        if (Files.isDirectory(path)) {
            try (Stream<Path> all = Files.walk(path)) {
                for (Iterator<Path> i = all.iterator(); i.hasNext(); ) {
                    Path p = i.next();
                    if (Files.isRegularFile(p)) {
                        String relative = path.relativize(p).toString().replace('\\', '/');
                        add(products, relative, p.toString(), total, () -> Inputs.bytes(p, MAX_CLIENT_BYTES, LIMIT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(path + ": " + e.getMessage(), e);
            }
        } else if (Files.isRegularFile(path)) {
            try (ZipFile zip = new ZipFile(path.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    String where = path + "!/" + e.getName();
                    add(products, e.getName(), where, total, () -> {
                        try (InputStream in = zip.getInputStream(e)) {
                            return in.readNBytes(MAX_CLIENT_BYTES + 1);
                        }
                    });
                }
            } catch (ZipException e) {
                throw new SourceFormatException(path.toString(), 0, "not a folder and not a readable zip: " + e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(path + ": " + e.getMessage(), e);
            }
        } else {
            throw new SourceFormatException(path.toString(), 0, Files.exists(path) ? "neither a folder nor a zip" : "no such folder or zip");
        }
        if (products.isEmpty()) {
            throw new SourceFormatException(path.toString(), 0, "holds no tencentcloud/<product>/v<date>/client.go");
        }
        Matcher m = NAME_AND_VERSION.matcher(name);
        return m.matches() ? new GoClients(m.group(1), m.group(2), products) : new GoClients(name, "", products);
    }

    private static final String LIMIT = "the most one client file may hold (the largest is under 1.4 MB)";

    private interface Content {
        byte[] read() throws IOException;
    }

    private static void add(Map<String, Map<String, Map<String, List<String>>>> products, String relative, String where,
                            long[] total, Content content) throws IOException {
        Matcher m = CLIENT_PATH.matcher(relative);
        if (!m.matches()) {
            return;
        }
        byte[] bytes = content.read();
        if (bytes.length > MAX_CLIENT_BYTES) {
            throw Inputs.tooLarge(where, MAX_CLIENT_BYTES, LIMIT);
        }
        total[0] += bytes.length;
        if (total[0] > MAX_TOTAL_BYTES) {
            throw Inputs.tooLarge(where, MAX_TOTAL_BYTES, "in the clients together, the most the generator reads");
        }
        String version = m.group(2) + "-" + m.group(3) + "-" + m.group(4);
        Map<String, Map<String, List<String>>> versions = products.computeIfAbsent(m.group(1), k -> new TreeMap<>());
        if (versions.containsKey(version)) {
            throw new SourceFormatException(where, 0, "a second client of " + m.group(1) + " for API " + version);
        }
        versions.put(version, parse(where, Inputs.utf8(bytes, where)));
    }

    /** The actions of one client file and their lists, sorted by action. */
    static Map<String, List<String>> parse(String where, String text) {
        Map<String, List<String>> actions = new TreeMap<>();
        List<String> pending = null;
        boolean listing = false;
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
            if (line.equals(LIST)) {
                pending = new ArrayList<>();
                listing = true;
                continue;
            }
            if (listing) {
                Matcher code = CODE_LINE.matcher(line);
                if (code.matches()) {
                    pending.add(code.group(1));
                    continue;
                }
                listing = false;
            }
            Matcher func = FUNC.matcher(line);
            if (func.lookingAt()) {
                String action = func.group(1);
                if (actions.put(action, pending == null ? List.of() : List.copyOf(pending)) != null) {
                    throw new SourceFormatException(where, n + 1, "the action " + action + " a second time");
                }
                pending = null;
            } else if (!line.startsWith("//")) {
                pending = null; // a list belongs to the function right below its comment
            }
        }
        return Collections.unmodifiableMap(actions);
    }
}
