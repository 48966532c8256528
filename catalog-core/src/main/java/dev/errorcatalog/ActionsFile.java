package dev.errorcatalog;

import dev.errorcatalog.i18n.Utf8;
import dev.errorcatalog.internal.ProviderBundles;
import dev.errorcatalog.internal.Throwables;
import dev.errorcatalog.spi.CatalogProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A product's actions file, {@code META-INF/errorcatalog/<product>/actions}, as the generator writes it: UTF-8,
 * {@code \n} lines, tab-separated fields.
 * <pre>{@code
 * errorcatalog-actions 1
 * source	tencentcloud-sdk-go	1.3.166	Apache-2.0
 * code	FailedOperation.CmkUsedByCloudProduct
 * code	InternalError
 * action	2019-01-18	ArchiveKey	0 1
 * }</pre>
 * The codes first, each once; then one line per action, by version and name, its codes as indices into them (a few
 * hundred kilobytes for every product, where the names would be megabytes). An action with an empty list is an
 * action whose list the sources leave out.
 */
final class ActionsFile {
    static final String FORMAT = "errorcatalog-actions 1";
    /** Every product's lists are some 1.2 MB together; one file is far less. */
    static final int MAX_BYTES = 16 << 20;

    private ActionsFile() {
    }

    /**
     * The provider's action lists, none when it has no file; what is wrong with the file goes to {@code problems}
     * (the file, and what), and the product then has none.
     *
     * @param codes the product's own codes by their text, shared rather than parsed again
     */
    static ProductActions read(CatalogProvider provider, ProductId id, Map<String, ErrorCode> codes,
                               BiConsumer<Optional<String>, String> problems) {
        String path = "(the actions file of " + id + ")";
        InputStream stream = null;
        try {
            String given = provider.actionsPath();
            path = given != null ? given : path;
            Optional<InputStream> in = provider.openActions();
            if (in.isPresent()) {
                stream = in.get();
                return read(stream, id, codes);
            }
        } catch (IllegalArgumentException e) {
            problems.accept(Optional.of(path), "the actions file cannot be read: " + Throwables.messageOf(e));
        } catch (Throwable e) { // an Error from the provider too: the product then simply has no lists
            Throwables.rethrowAtFirstUse(e);
            problems.accept(Optional.of(path), "the actions file cannot be read: " + Throwables.describe(e));
        } finally {
            ProviderBundles.closeAfterReading(stream);
        }
        return ProductActions.none(id);
    }

    /**
     * Reads the file.
     *
     * @throws IllegalArgumentException naming the line of what is not such a file
     */
    static ProductActions read(InputStream in, ProductId product, Map<String, ErrorCode> known) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("holds more than " + MAX_BYTES + " bytes, the most an actions file may");
        }
        String text = Utf8.decode(bytes);
        String[] lines = text.split("\n", -1);
        if (!lines[0].equals(FORMAT)) {
            throw broken(1, "the first line is not '" + FORMAT + "'");
        }
        Optional<Source> source = Optional.empty();
        List<ErrorCode> codes = new ArrayList<>();
        Set<String> seenCodes = new HashSet<>();
        List<ApiAction> actions = new ArrayList<>();
        List<int[]> lists = new ArrayList<>();
        Set<ApiAction> seenActions = new HashSet<>();
        Map<String, String> versions = new HashMap<>(); // one string per version, not one per action
        for (int n = 1; n < lines.length; n++) {
            String line = lines[n];
            if (line.isEmpty() && n == lines.length - 1) {
                break;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "source" -> {
                    expect(f, 4, n, "source<TAB>title<TAB>version<TAB>licence");
                    source = Optional.of(new Source("actions", Source.Kind.SDK, f[1], f[2], f[3]));
                }
                case "code" -> {
                    expect(f, 2, n, "code<TAB><code>");
                    if (!actions.isEmpty()) {
                        throw broken(n + 1, "a code after the first action: the codes come first");
                    }
                    ErrorCode own = known.get(f[1]);
                    Optional<ErrorCode> code = own != null ? Optional.of(own) : ErrorCode.tryParse(f[1]);
                    if (code.isEmpty() || !seenCodes.add(f[1])) {
                        throw broken(n + 1, code.isEmpty() ? "not an error code" : "the code " + f[1] + " again");
                    }
                    codes.add(code.get());
                }
                case "action" -> {
                    expect(f, 4, n, "action<TAB><version><TAB><name><TAB><indices>");
                    ApiAction action;
                    try {
                        action = new ApiAction(product, versions.computeIfAbsent(f[1], v -> v), f[2]);
                    } catch (dev.errorcatalog.i18n.InvalidValueException e) {
                        throw broken(n + 1, e.getMessage());
                    }
                    if (!seenActions.add(action)) {
                        throw broken(n + 1, "the action " + action + " again");
                    }
                    actions.add(action);
                    lists.add(indices(f[3], codes.size(), n + 1));
                }
                default -> throw broken(n + 1, "a line that is no source, code or action");
            }
        }
        return new ProductActions(product, source, codes.toArray(new ErrorCode[0]), actions.toArray(new ApiAction[0]),
                lists.toArray(new int[0][]));
    }

    private static int[] indices(String field, int codes, int line) {
        if (field.isEmpty()) {
            return new int[0];
        }
        String[] parts = field.split(" ", -1);
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            int v;
            try {
                v = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw broken(line, "'" + dev.errorcatalog.i18n.Printable.shorten(parts[i], 20) + "' is not a code's index");
            }
            if (v < 0 || v >= codes) {
                throw broken(line, "the index " + v + " is not one of the " + codes + " codes");
            }
            out[i] = v;
        }
        return out;
    }

    private static void expect(String[] fields, int count, int n, String shape) {
        if (fields.length != count) {
            throw broken(n + 1, "expected " + shape);
        }
    }

    private static IllegalArgumentException broken(int line, String what) {
        return new IllegalArgumentException("line " + line + ": " + what);
    }
}
