package dev.errorcatalog.architecture;

import dev.errorcatalog.generator.BuildPlaces;
import dev.errorcatalog.generator.ProductList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped products are the ones data/products.json lists. Maven cannot read that list, so the refresh
 * (data/refresh.sh, the generator's {@code BuildPlaces}) writes each place Maven needs a product named in: the
 * parent's modules and dependency management, the BOM, the command line's dependencies and the notice filter of its
 * runnable jar, this module's dependencies, the starter's test dependencies (its status table is checked against
 * every shipped product's categories); and the README's table, whose code counts are the enums' (never a number kept
 * by hand). Here: the places are what the refresh writes, a product added to the list and refreshed is in every one
 * of them, each place is held to the list, and no product module exists outside it.
 */
class ShippedProductsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String SERVICES = "src/main/resources/META-INF/services/dev.errorcatalog.spi.CatalogProvider";
    private static final Pattern COUNT = Pattern.compile("(\\d[\\d,]*) codes");

    @Test
    void everyPlaceMavenNeedsAProductInNamesExactlyTheListedOnes() throws Exception {
        assertEquals(List.of(), problems(ROOT));
    }

    @Test
    void theReadmesTableCountsWhatTheEnumsHold() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        for (ProductList.Product p : ProductList.of(ROOT).generated()) {
            String row = row(readme, p.module()).orElseThrow();
            Class<?> constants = Class.forName(p.javaPackage() + "." + p.enumName());
            Matcher m = COUNT.matcher(row);
            if (m.find()) {
                assertEquals(constants.getEnumConstants().length, Integer.parseInt(m.group(1).replace(",", "")), row);
            }
        }
    }

    /** The committed places are what the refresh writes from the list, the README's counts from the enums. */
    @Test
    void thePlacesAreWhatTheRefreshWrites() throws Exception {
        ProductList list = ProductList.of(ROOT);
        Map<String, String> drift = BuildPlaces.write(ROOT, list, codes(list)).differences(ROOT);
        assertEquals(Map.of(), drift, "run data/refresh.sh");
    }

    /** A new product is one entry in the list and a refresh: a copy of the project so refreshed has it in every place. */
    @Test
    void aProductAddedToTheListAndRefreshedIsInEveryPlace(@TempDir Path copy) throws Exception {
        copyProject(copy);
        Path file = copy.resolve(ProductList.FILE);
        String products = Files.readString(file);
        String legacy = "{\"id\": \"legacy\"";
        assertTrue(products.contains(legacy), "data/products.json lists legacy as this test expects");
        Files.writeString(file, products.replace(legacy, "{\"id\": \"cvm\", \"name\": \"CVM (cloud virtual machines)\", "
                + "\"languages\": [\"en\"]},\n    " + legacy));
        Files.createDirectories(copy.resolve("catalog-cvm").resolve(SERVICES).getParent());
        Files.writeString(copy.resolve("catalog-cvm").resolve(SERVICES), "dev.errorcatalog.cvm.CvmCatalogProvider\n");
        ProductList list = ProductList.of(copy);
        assertTrue(problems(copy).stream().anyMatch(p -> p.contains("catalog-cvm")), "before the refresh: " + problems(copy));

        Map<String, Integer> codes = new HashMap<>(codes(ProductList.of(ROOT)));
        codes.put("cvm", 7);
        BuildPlaces.write(copy, list, codes).writeTo(copy);

        assertEquals(List.of(), problems(copy));
        assertTrue(Files.readString(copy.resolve("README.md")).contains(
                "\n| `catalog-cvm` | `catalog-cvm` | `dev.errorcatalog.cvm` | CVM (cloud virtual machines): 7 codes (`CvmCode`). Generated. |\n"));
        // in the list's order: after live, before legacy
        String modules = Files.readString(copy.resolve("pom.xml"));
        assertTrue(modules.contains("<module>catalog-live</module>\n    <module>catalog-cvm</module>\n    <module>catalog-legacy</module>"),
                modules);
    }

    /** How many codes each generated product's enum holds, by product id. */
    private static Map<String, Integer> codes(ProductList list) throws ClassNotFoundException {
        Map<String, Integer> codes = new HashMap<>();
        for (ProductList.Product p : list.generated()) {
            codes.put(p.id(), Class.forName(p.javaPackage() + "." + p.enumName()).getEnumConstants().length);
        }
        return codes;
    }

    /** The check can fail: a copy of the project with KMS dropped from each place in turn is caught, naming the place. */
    @Test
    void aProductMissingFromAnyOnePlaceIsNamed(@TempDir Path copy) throws Exception {
        List<String> files = List.of("pom.xml", "catalog-bom/pom.xml", "catalog-cli/pom.xml", "architecture-tests/pom.xml",
                "catalog-spring-boot/pom.xml", "README.md");
        for (String dropped : files) {
            copyProject(copy.resolve(dropped.replace('/', '_')));
            Path root = copy.resolve(dropped.replace('/', '_'));
            Path f = root.resolve(dropped);
            String text = Files.readString(f);
            String without = dropped.equals("README.md") ? text.replaceAll("(?m)^\\| `catalog-kms` .*\\n", "")
                    : text.replaceAll("catalog-kms", "catalog-kmz");
            assertTrue(!without.equals(text), dropped);
            Files.writeString(f, without);
            List<String> problems = problems(root);
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(dropped + ": ") && p.contains("catalog-kms")),
                    dropped + ": " + problems);
            // and the refresh would write it back
            ProductList list = ProductList.of(root);
            assertEquals(java.util.Set.of(dropped), BuildPlaces.write(root, list, codes(list)).differences(root).keySet(), dropped);
        }
        // and a product module the list does not name
        Path root = copy.resolve("unlisted");
        copyProject(root);
        Files.createDirectories(root.resolve("catalog-cvm").resolve(SERVICES).getParent());
        Files.writeString(root.resolve("catalog-cvm").resolve(SERVICES), "dev.errorcatalog.cvm.CvmCatalogProvider\n");
        assertTrue(problems(root).contains("catalog-cvm: a product module that data/products.json does not list"), problems(root).toString());
    }

    /** What is wrong with the project in {@code root}, one line each naming the file. */
    static List<String> problems(Path root) throws Exception {
        ProductList list = ProductList.of(root);
        List<String> problems = new ArrayList<>();
        Set<String> modules = new TreeSet<>();
        list.products().forEach(p -> modules.add(p.module()));

        Document parent = xml(root.resolve("pom.xml"));
        expect(problems, "pom.xml", "a <module>", modules, texts(parent, "modules", "module"));
        expect(problems, "pom.xml", "a managed dependency", modules, texts(parent, "dependencyManagement", "dependency", "artifactId"));
        expect(problems, "catalog-bom/pom.xml", "a managed dependency", modules,
                texts(xml(root.resolve("catalog-bom/pom.xml")), "dependencyManagement", "dependency", "artifactId"));
        Document cli = xml(root.resolve("catalog-cli/pom.xml"));
        expect(problems, "catalog-cli/pom.xml", "a dependency", modules, direct(cli));
        Set<String> filtered = new TreeSet<>();
        texts(cli, "filters", "filter", "artifact").forEach(a -> filtered.add(a.replace("dev.errorcatalog:", "")));
        expect(problems, "catalog-cli/pom.xml", "a filter of its NOTICE in the runnable jar", modules, filtered);
        expect(problems, "architecture-tests/pom.xml", "a dependency", modules, direct(xml(root.resolve("architecture-tests/pom.xml"))));
        expect(problems, "catalog-spring-boot/pom.xml", "a test dependency", modules,
                direct(xml(root.resolve("catalog-spring-boot/pom.xml"))));
        String readme = Files.readString(root.resolve("README.md"));
        for (String m : modules) {
            if (row(readme, m).isEmpty()) {
                problems.add("README.md: no row of the module table for " + m);
            }
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path d : dirs.filter(d -> Files.isRegularFile(d.resolve(SERVICES))).sorted().toList()) {
                String name = d.getFileName().toString();
                if (!name.equals("catalog-core") && !modules.contains(name)) {
                    problems.add(name + ": a product module that data/products.json does not list");
                }
            }
        }
        for (String m : modules) {
            if (!Files.isRegularFile(root.resolve(m).resolve(SERVICES))) {
                problems.add(m + ": listed in data/products.json, but no product module (no " + SERVICES + ")");
            }
        }
        return problems;
    }

    /** Every listed module must be among the named ones; a catalog-* name that is no module of the list is not checked. */
    private static void expect(List<String> problems, String file, String what, Set<String> modules, Set<String> named) {
        for (String m : modules) {
            if (!named.contains(m)) {
                problems.add(file + ": no " + what + " for " + m + ", which data/products.json lists");
            }
        }
    }

    private static java.util.Optional<String> row(String readme, String module) {
        return readme.lines().filter(l -> l.startsWith("| `" + module + "` |")).findFirst();
    }

    /** The artifacts of the project's own dependencies (not its dependency management's). */
    private static Set<String> direct(Document pom) {
        Set<String> out = new TreeSet<>();
        Node deps = child(pom.getDocumentElement(), "dependencies");
        if (deps != null) {
            for (Node d = deps.getFirstChild(); d != null; d = d.getNextSibling()) {
                Node a = d instanceof Element ? child(d, "artifactId") : null;
                if (a != null) {
                    out.add(a.getTextContent().trim());
                }
            }
        }
        return out;
    }

    private static Node child(Node parent, String name) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element && c.getNodeName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** The text of each element at the end of the path of names, below an element of the path's first name anywhere. */
    private static Set<String> texts(Document pom, String first, String... rest) {
        Set<String> out = new TreeSet<>();
        var starts = pom.getElementsByTagName(first);
        for (int i = 0; i < starts.getLength(); i++) {
            collect(starts.item(i), rest, 0, out);
        }
        return out;
    }

    private static void collect(Node at, String[] path, int depth, Set<String> out) {
        if (depth == path.length) {
            out.add(at.getTextContent().trim());
            return;
        }
        for (Node c = at.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element && c.getNodeName().equals(path[depth])) {
                collect(c, path, depth + 1, out);
            } else if (c instanceof Element && depth == 0 && c.getNodeName().equals("dependencies")) {
                collect(c, path, depth, out); // dependencyManagement > dependencies > dependency
            }
        }
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    /** The files the check reads: the list, the poms, the README, and each module's services file. */
    private static void copyProject(Path to) throws IOException {
        for (String f : List.of("data/products.json", "pom.xml", "catalog-bom/pom.xml", "catalog-cli/pom.xml",
                "architecture-tests/pom.xml", "catalog-spring-boot/pom.xml", "README.md")) {
            Files.createDirectories(to.resolve(f).getParent());
            Files.copy(ROOT.resolve(f), to.resolve(f));
        }
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path d : dirs.filter(d -> Files.isRegularFile(d.resolve(SERVICES))).toList()) {
                Path target = to.resolve(d.getFileName().toString()).resolve(SERVICES);
                Files.createDirectories(target.getParent());
                Files.copy(d.resolve(SERVICES), target);
            }
        }
    }
}
