package dev.errorcatalog.all;

import dev.errorcatalog.ApiAction;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.Product;
import dev.errorcatalog.ProductActions;
import dev.errorcatalog.ProductId;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalog's action lists are the Go client's: this test reads {@code client.go} on its own (each function of the
 * client, and the comment lines right above it), never through the generator, and checks the runtime catalog against
 * it. For KMS, VOD and Live every action's list is answered exactly; for every product, every code the lists name is
 * one of its codes, and the codes no action lists are reported.
 */
class ActionListsFromGoClientTest {
    private static final Path GO = Path.of("..").toAbsolutePath().normalize()
            .resolve("../shared/sources/tencentcloud-sdk-go-1.3.166/tencentcloud").normalize();
    private static final ErrorCatalog CATALOG = ErrorCatalog.load();

    /** Version ({@code 2019-01-18}) to action to its codes, as the client's comments list them. */
    private static Map<String, Map<String, List<String>>> client(String product) throws IOException {
        Map<String, Map<String, List<String>>> versions = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(GO.resolve(product))) {
            for (Path dir : dirs.sorted().toList()) {
                String v = dir.getFileName().toString().substring(1);
                String version = v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6, 8);
                versions.put(version, actions(Files.readAllLines(dir.resolve("client.go"), StandardCharsets.UTF_8)));
            }
        }
        return versions;
    }

    /** For each {@code func (c *Client) Name(request …} the {@code //  X = "Code"} lines of the comment above it. */
    private static Map<String, List<String>> actions(List<String> lines) {
        Map<String, List<String>> actions = new TreeMap<>();
        String prefix = "func (c *Client) ";
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (!line.startsWith(prefix) || !line.contains("(request *")) {
                continue;
            }
            String name = line.substring(prefix.length(), line.indexOf('(', prefix.length()));
            List<String> codes = new ArrayList<>();
            for (int up = n - 1; up >= 0 && lines.get(up).startsWith("//  ") && lines.get(up).contains(" = \""); up--) {
                String l = lines.get(up);
                codes.add(0, l.substring(l.indexOf(" = \"") + 4, l.length() - 1));
            }
            actions.put(name, codes);
        }
        return actions;
    }

    /** The product's facts file, where the catalog says what it left out; empty for a product with a module of its own. */
    private static String omitted(String product) throws IOException {
        Path facts = Path.of("src/main/facts").resolve(product + ".json");
        return Files.isRegularFile(facts) ? Files.readString(facts) : "";
    }

    @Test
    void everyActionOfKmsVodAndLiveIsAnsweredExactly() throws IOException {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String id : List.of("kms", "vod", "live")) {
            ProductActions catalog = CATALOG.product(id).actions();
            Map<String, Map<String, List<String>>> expected = client(id);
            List<ApiAction> all = new ArrayList<>();
            int pairs = 0;
            for (var version : expected.entrySet()) {
                for (var action : version.getValue().entrySet()) {
                    ApiAction a = ApiAction.of(id, version.getKey(), action.getKey());
                    all.add(a);
                    assertEquals(action.getValue(), catalog.codes(a).stream().map(ErrorCode::value).toList(), a.toString());
                    pairs += action.getValue().size();
                    for (String code : action.getValue()) {
                        assertTrue(catalog.returning(code).contains(a), code + " is returned by " + a);
                    }
                }
            }
            assertEquals(all, catalog.all(), id);
            counts.put(id, new int[]{all.size(), pairs});
        }
        System.out.println("[action lists] kms, vod, live: " + counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()[0] + " actions, " + e.getValue()[1] + " pairs").toList());
        assertEquals(495, counts.get("kms")[1], "the Go client's KMS lists: 69 actions, 495 pairs");
        assertEquals(69, counts.get("kms")[0]);
        assertEquals(3056, counts.get("live")[1]);
    }

    @Test
    void everyProductsListsNameOnlyItsCodesAndTheCodesNoActionListsAreReported() throws IOException {
        Set<String> clients;
        try (Stream<Path> dirs = Files.list(GO)) {
            clients = new TreeSet<>(dirs.map(d -> d.getFileName().toString()).toList());
        }
        List<String> strangers = new ArrayList<>();
        Map<String, Set<String>> unlisted = new TreeMap<>();
        int products = 0;
        int actions = 0;
        for (ProductId id : CATALOG.products()) {
            if (id.isCommon() || !clients.contains(id.value())) {
                continue;
            }
            products++;
            Product product = CATALOG.product(id);
            Set<String> codes = new TreeSet<>();
            product.codes().forEach(c -> codes.add(c.value()));
            Set<String> union = new TreeSet<>();
            client(id.value()).forEach((version, byName) -> byName.values().forEach(union::addAll));
            Set<String> inCatalog = new TreeSet<>();
            for (ApiAction a : product.actions().all()) {
                product.actions().codes(a).forEach(c -> inCatalog.add(c.value()));
                actions++;
            }
            String omitted = omitted(id.value());
            for (String code : union) {
                if (!codes.contains(code)) {
                    // the catalog leaves out a code no source words, and says so in the product's facts
                    String why = !ErrorCode.isValid(code) ? "not an error code the catalog can hold"
                            : omitted.contains("\"" + code + ": no text in any language") ? "no text in any language" : "UNEXPLAINED";
                    strangers.add(id + ": " + code + " (" + why + ")");
                }
            }
            Set<String> valid = new TreeSet<>(union);
            valid.removeIf(c -> !ErrorCode.isValid(c));
            assertEquals(valid, inCatalog, id + ": the catalog's lists hold every code of the client's, and only those");
            Set<String> missing = new TreeSet<>(codes);
            missing.removeAll(union);
            if (!missing.isEmpty()) {
                unlisted.put(id.value(), missing);
            }
        }
        System.out.println("[action lists] " + products + " products with a Go client, " + actions + " actions");
        System.out.println("[action lists] codes of a list the product does not hold: " + strangers.size());
        strangers.forEach(c -> System.out.println("[action lists]   " + c));
        System.out.println("[action lists] products with codes no action lists: " + unlisted.size() + " ("
                + unlisted.values().stream().mapToInt(Set::size).sum() + " codes)");
        unlisted.forEach((p, c) -> System.out.println("[action lists]   " + p + ": " + c));
        assertTrue(products > 240, products + " products");
        assertEquals(List.of(), strangers.stream().filter(s -> s.endsWith("(UNEXPLAINED)")).toList(),
                "every code an action lists is a code of its product, or one the catalog leaves out and says why");
    }
}
