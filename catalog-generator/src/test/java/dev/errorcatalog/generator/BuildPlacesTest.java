package dev.errorcatalog.generator;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The places of the build that name every product (poms, README) are written between their markers from the list:
 * only the lines between the markers change, and a file without its markers is refused, naming it and the marker.
 */
class BuildPlacesTest {
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final ProductList.Product VOD = new ProductList.Product("vod", "VOD", true, List.of("en"), List.of());
    private static final ProductList.Product OLD = new ProductList.Product("old", "Old | API", false, List.of(), List.of());
    private static final ProductList LIST = new ProductList(new ProductList.Product("common", "the common codes", true,
            List.of("en"), List.of()), List.of(VOD, OLD));

    @Test
    void onlyTheLinesBetweenTheMarkersAreWrittenIndentedAsTheOpeningMarker() {
        String before = "<project>\r\n  <modules>\n    <module>catalog-core</module>\n"
                + "    " + BuildPlaces.opening("modules") + "\n    <module>catalog-gone</module>\n\n"
                + "    " + BuildPlaces.closing("modules") + "  \n    <module>catalog-cli</module>\n  </modules>\n</project>";
        String after = BuildPlaces.replace("pom.xml", before, "modules", old -> List.of("<module>a</module>", "", "<module>b</module>"));
        assertEquals("<project>\r\n  <modules>\n    <module>catalog-core</module>\n"
                + "    " + BuildPlaces.opening("modules") + "\n    <module>a</module>\n\n    <module>b</module>\n"
                + "    " + BuildPlaces.closing("modules") + "  \n    <module>catalog-cli</module>\n  </modules>\n</project>", after);
        // what the place held is given without the marker's indentation
        BuildPlaces.replace("pom.xml", before, "modules", old -> {
            assertEquals(List.of("<module>catalog-gone</module>", ""), old);
            return old;
        });
    }

    @Test
    void aPomsPlaceHasOneBlockPerListedProductGeneratedOrNotInTheListsOrder() {
        String pom = "  <dependencies>\n    " + BuildPlaces.opening("dependencies") + "\n    " + BuildPlaces.closing("dependencies")
                + "\n  </dependencies>\n";
        assertEquals("  <dependencies>\n    " + BuildPlaces.opening("dependencies") + "\n"
                + "    <dependency>\n      <groupId>dev.errorcatalog</groupId>\n      <artifactId>catalog-vod</artifactId>\n    </dependency>\n"
                + "    <dependency>\n      <groupId>dev.errorcatalog</groupId>\n      <artifactId>catalog-old</artifactId>\n    </dependency>\n"
                + "    " + BuildPlaces.closing("dependencies") + "\n  </dependencies>\n",
                BuildPlaces.write("architecture-tests/pom.xml", pom, LIST, Map.of()));
    }

    @Test
    void aReadmeRowKeepsItsTextButTakesTheCountAndANewProductGetsARowFromItsName() {
        String table = "| `catalog-core` | x | y | z | " + BuildPlaces.opening("module table") + "\n"
                + "| `catalog-vod` | `catalog-vod` | `dev.errorcatalog.vod` | VOD: 1 codes of two APIs (`VodCode`). Generated. |\n"
                + "| `catalog-dropped` | `catalog-dropped` | `dev.errorcatalog.dropped` | Gone. |\n"
                + "| `catalog-cli` | x | y | z | " + BuildPlaces.closing("module table") + "\n";
        assertEquals("| `catalog-core` | x | y | z | " + BuildPlaces.opening("module table") + "\n"
                + "| `catalog-vod` | `catalog-vod` | `dev.errorcatalog.vod` | VOD: 1,254 codes of two APIs (`VodCode`). Generated. |\n"
                + "| `catalog-old` | `catalog-old` | `dev.errorcatalog.old` | Old \\| API (`OldCode`). Kept by hand. |\n"
                + "| `catalog-cli` | x | y | z | " + BuildPlaces.closing("module table") + "\n",
                BuildPlaces.write("README.md", table, LIST, Map.of("vod", 1254)));
        // a new generated product's row says its count
        ProductList cvm = new ProductList(LIST.common(), List.of(new ProductList.Product("cvm", "CVM", true, List.of("en"), List.of())));
        assertTrue(BuildPlaces.write("README.md", table, cvm, Map.of("cvm", 7))
                .contains("\n| `catalog-cvm` | `catalog-cvm` | `dev.errorcatalog.cvm` | CVM: 7 codes (`CvmCode`). Generated. |\n"));
    }

    @Test
    void aMissingDoubledOrMisplacedMarkerIsRefusedNamingTheFileAndTheMarker() {
        String open = BuildPlaces.opening("modules");
        String close = BuildPlaces.closing("modules");
        record Case(String text, int line, String marker, String says) {
        }
        for (Case c : List.of(
                new Case("<modules>\n" + close + "\n</modules>", 0, open, "no marker"),
                new Case("<modules>\n" + open + "\n</modules>", 0, close, "no marker"),
                new Case("<modules>\n" + open + "\n" + close + "\n" + open + "\n</modules>", 4, open, "is there twice (first on line 2)"),
                new Case("<modules>\n" + open + "\n" + close + "\n<!-- " + close + " -->", 4, close, "is there twice"),
                new Case("<modules>\n" + close + "\n" + open + "\n</modules>", 2, close, "comes before its opening marker"))) {
            SourceFormatException e = assertThrows(SourceFormatException.class,
                    () -> BuildPlaces.replace("pom.xml", c.text(), "modules", old -> List.of()), c.text());
            assertEquals("pom.xml", e.file());
            assertEquals(c.line(), e.line(), e.getMessage());
            assertTrue(e.getMessage().startsWith("pom.xml"), e.getMessage());
            assertTrue(e.getMessage().contains(c.marker()) && e.getMessage().contains(c.says()), e.getMessage());
        }
        // and the project's files are named as they are found
        SourceFormatException e = assertThrows(SourceFormatException.class,
                () -> BuildPlaces.write("catalog-bom/pom.xml", "<project/>\n", LIST, Map.of()));
        assertTrue(e.getMessage().startsWith("catalog-bom/pom.xml: no marker " + BuildPlaces.opening("dependency management")),
                e.getMessage());
    }

    /** Without ../shared: the project's places are what the list gives (DataDriftTest checks the README's counts too). */
    @Test
    void theProjectsPlacesAreWhatTheListGives() {
        FileSet places = BuildPlaces.write(PROJECT, ProductList.of(PROJECT), Map.of());
        assertEquals(List.of("README.md", "architecture-tests/pom.xml", "catalog-bom/pom.xml", "catalog-cli/pom.xml",
                "catalog-spring-boot/pom.xml", "pom.xml"), List.copyOf(places.files().keySet()));
        Map<String, String> drift = places.differences(PROJECT);
        assertEquals(Map.of(), drift, () -> "run data/refresh.sh; differences:\n" + drift.entrySet().stream()
                .map(e -> "  " + e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n")));
        places.files().keySet().forEach(f -> assertTrue(Files.isRegularFile(PROJECT.resolve(f)), f));
    }
}
