package dev.errorcatalog.generator;

import org.apiguardian.api.API;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The places outside the product modules that name every shipped product, written from {@code data/products.json}:
 * Maven cannot read the list, so the refresh writes what Maven needs (the parent's modules and dependency management,
 * the BOM, the command line's dependencies and the notice filters of its runnable jar, the architecture tests'
 * dependencies, the starter's test dependencies) and the README's module table. In each file the products' lines
 * stand between two marker comments,
 * <pre>{@code
 * <!-- products: modules (written by data/refresh.sh from data/products.json) -->
 * <module>catalog-vod</module>
 * <!-- /products: modules -->
 * }</pre>
 * and only the lines strictly between the markers' lines are written, one block per listed product (generated or
 * kept by hand), in the list's order, indented as the opening marker is; the rest of the file stays as it was.
 * In the README the markers end the table rows around the products' rows (a comment on a line of its own would end
 * the table): a product's row keeps its text, but for its code count, which is the product's (never a number kept
 * by hand); a product with no row yet gets one from its name.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class BuildPlaces {
    private static final String SOURCE = "written by data/refresh.sh from data/products.json";
    private static final Pattern COUNT = Pattern.compile("\\d[\\d,]* codes");

    private BuildPlaces() {
    }

    /** What a place writes for one product, given the lines the place held before (the README keeps a row's text). */
    private interface Block {
        List<String> of(ProductList.Product p, Optional<Integer> codes, List<String> before);
    }

    private record Place(String file, String name, Block block) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("pom.xml", "modules", fixed("<module>%s</module>")),
            new Place("pom.xml", "dependency management", fixed("""
                    <dependency>
                      <groupId>dev.errorcatalog</groupId>
                      <artifactId>%s</artifactId>
                      <version>${project.version}</version>
                    </dependency>""")),
            new Place("catalog-bom/pom.xml", "dependency management", fixed("""
                    <dependency>
                      <groupId>dev.errorcatalog</groupId>
                      <artifactId>%s</artifactId>
                      <version>${project.version}</version>
                    </dependency>""")),
            new Place("catalog-cli/pom.xml", "dependencies", fixed("""
                    <dependency>
                      <groupId>dev.errorcatalog</groupId>
                      <artifactId>%s</artifactId>
                    </dependency>""")),
            new Place("catalog-cli/pom.xml", "notice filters", fixed("""
                    <filter>
                      <artifact>dev.errorcatalog:%s</artifact>
                      <excludes><exclude>META-INF/NOTICE</exclude></excludes>
                    </filter>""")),
            new Place("architecture-tests/pom.xml", "dependencies", fixed("""
                    <dependency>
                      <groupId>dev.errorcatalog</groupId>
                      <artifactId>%s</artifactId>
                    </dependency>""")),
            new Place("catalog-spring-boot/pom.xml", "test dependencies", fixed("""
                    <dependency>
                      <groupId>dev.errorcatalog</groupId>
                      <artifactId>%s</artifactId>
                      <scope>test</scope>
                    </dependency>""")),
            new Place("README.md", "module table", BuildPlaces::row));

    /** The files holding the places, relative to the project folder. */
    public static List<String> files() {
        return PLACES.stream().map(Place::file).distinct().toList();
    }

    /**
     * Each file of {@link #files()} under {@code project}, its places written for {@code list}.
     *
     * @param codes how many codes each product (by id) has, for the README's count; a product not in it keeps the
     *              count its row has
     * @throws SourceFormatException naming the file and the marker, when a place's markers are missing, doubled or out of order
     */
    public static FileSet write(Path project, ProductList list, Map<String, Integer> codes) {
        FileSet out = new FileSet();
        for (String file : files()) {
            String text;
            try {
                text = Files.readString(project.resolve(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(project.resolve(file) + ": " + e.getMessage(), e);
            }
            out.put(file, write(file, text, list, codes));
        }
        return out;
    }

    /** {@code text}, the content of {@code file} (which names the places it holds), with its places written for {@code list}. */
    static String write(String file, String text, ProductList list, Map<String, Integer> codes) {
        for (Place place : PLACES) {
            if (place.file().equals(file)) {
                text = replace(file, text, place.name(), before -> {
                    List<String> lines = new ArrayList<>();
                    list.products().forEach(p -> lines.addAll(place.block().of(p, Optional.ofNullable(codes.get(p.id())), before)));
                    return lines;
                });
            }
        }
        return text;
    }

    /** The opening marker of the place {@code name}, as it stands in an XML or Markdown file. */
    static String opening(String name) {
        return "<!-- products: " + name + " (" + SOURCE + ") -->";
    }

    /** The closing marker of the place {@code name}. */
    static String closing(String name) {
        return "<!-- /products: " + name + " -->";
    }

    /**
     * {@code text} with the lines strictly between the line holding {@link #opening} and the line holding
     * {@link #closing} of the place replaced by what {@code lines} makes of them, each indented as the opening
     * marker's line is; every other character stays.
     *
     * @param file the file's name, for the message
     * @throws SourceFormatException when a marker is missing, there twice, or the closing one comes first
     */
    static String replace(String file, String text, String name, java.util.function.UnaryOperator<List<String>> lines) {
        List<String> all = List.of(text.split("\n", -1));
        int open = only(file, all, opening(name));
        int close = only(file, all, closing(name));
        if (close <= open) {
            throw new SourceFormatException(file, close + 1, "the closing marker " + closing(name)
                    + " comes before its opening marker " + opening(name) + " (line " + (open + 1) + ")");
        }
        String marker = all.get(open);
        String indent = marker.substring(0, marker.length() - marker.stripLeading().length());
        List<String> before = all.subList(open + 1, close).stream().map(l -> l.startsWith(indent) ? l.substring(indent.length()) : l).toList();
        List<String> out = new ArrayList<>(all.subList(0, open + 1));
        lines.apply(before).forEach(l -> out.add(l.isEmpty() ? l : indent + l));
        out.addAll(all.subList(close, all.size()));
        return String.join("\n", out);
    }

    /** The index of the one line holding {@code marker}. */
    private static int only(String file, List<String> lines, String marker) {
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                if (found >= 0) {
                    throw new SourceFormatException(file, i + 1, "the marker " + marker + " is there twice (first on line "
                            + (found + 1) + "); the refresh writes the products' lines between one pair of markers");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new SourceFormatException(file, 0, "no marker " + marker + "; the refresh writes the products' lines between "
                    + "it and its pair, so put the pair around them");
        }
        return found;
    }

    /** The same lines for every product, its module in place of {@code %s}. */
    private static Block fixed(String template) {
        return (p, codes, before) -> List.of(template.replace("%s", p.module()).split("\n"));
    }

    /** A row of the README's module table: the product's row as it was, with its count; or a new one from its name. */
    private static List<String> row(ProductList.Product p, Optional<Integer> codes, List<String> before) {
        String start = "| `" + p.module() + "` |";
        Optional<String> kept = before.stream().filter(l -> l.startsWith(start)).findFirst();
        if (kept.isPresent()) {
            Matcher m = COUNT.matcher(kept.get());
            return List.of(codes.isPresent() && m.find()
                    ? kept.get().substring(0, m.start()) + count(codes.get()) + kept.get().substring(m.end())
                    : kept.get());
        }
        String what = GeneratedText.markdown(p.name()) + codes.map(n -> ": " + count(n)).orElse("") + " (`" + p.enumName() + "`). "
                + (p.generated() ? "Generated." : "Kept by hand.");
        return List.of(start + " `" + p.module() + "` | `" + p.javaPackage() + "` | " + what + " |");
    }

    private static String count(int codes) {
        return String.format(Locale.ROOT, "%,d codes", codes);
    }
}
