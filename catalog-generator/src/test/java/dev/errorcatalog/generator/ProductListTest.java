package dev.errorcatalog.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** data/products.json: the project's list reads, and a wrong entry is refused naming its file and line. */
class ProductListTest {
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final String COMMON = "\"common\": {\"languages\": [\"en\"], \"documents\": []}";

    @TempDir
    Path dir;

    @Test
    void theProjectsListNamesEachModuleOnceWithItsLanguages() {
        ProductList list = ProductList.of(PROJECT);
        assertEquals("catalog-core", list.common().module());
        assertEquals("CommonCode", list.common().enumName());
        for (ProductList.Product p : list.products()) {
            assertEquals("catalog-" + p.id(), p.module());
            assertEquals("dev.errorcatalog." + p.id(), p.javaPackage());
            assertTrue(Files.isDirectory(PROJECT.resolve(p.module())), p.module());
            assertEquals(p.generated(), !p.languages().isEmpty(), p.id());
        }
        assertEquals(list.products().size(), list.products().stream().map(ProductList.Product::id).distinct().count());
    }

    @Test
    void aProductIdIsReadAsGivenAndItsObjectsDefaultsAreKeptByHand() throws IOException {
        ProductList list = ProductList.read(file("{" + COMMON + ", \"products\": [{\"id\": \"cvm\", \"name\": \"CVM\", \"languages\":"
                + " [\"zh-CN\", \"ja\"]}, {\"id\": \"old\", \"name\": \"Old\", \"generated\": false}]}"));
        assertEquals(List.of("cvm"), list.generated().stream().map(ProductList.Product::id).toList());
        assertEquals(List.of("zh-CN", "ja"), list.generated().get(0).languages());
        assertEquals("CvmCode", list.generated().get(0).enumName());
    }

    @Test
    void aWrongEntryIsRefusedWithItsLine() throws IOException {
        record Case(String products, String says) {
        }
        for (Case c : List.of(
                new Case("[{\"id\": \"cvm\", \"name\": \"CVM\",\n \"languages\": [\"en\", \"../x\"]}]", "'../x' is not a language tag"),
                new Case("[{\"id\": \"cvm\", \"name\": \"CVM\",\n \"languages\": [\"zh_CN\"]}]", "'zh_CN' is not a language tag"),
                new Case("[{\"id\": \"cvm\", \"name\": \"CVM\",\n \"languages\": [\"en\", \"en\"]}]", "en is listed twice"),
                new Case("[{\"id\": \"Cvm\",\n \"name\": \"CVM\", \"languages\": [\"en\"]}]", "'Cvm' is not a product id"),
                new Case("[{\"id\": \"cvm\", \"name\": \"CVM\"}]", "is generated, so it needs its languages"),
                new Case("[{\"id\": \"common\", \"name\": \"C\", \"languages\": [\"en\"]}]", "'common' is core's"),
                new Case("[{\"id\": \"a\", \"name\": \"A\", \"languages\": [\"en\"]},\n {\"id\": \"a\", \"name\": \"A\", \"languages\": [\"en\"]}]",
                        "product 'a' is listed twice"),
                new Case("[{\"id\": \"cvm\", \"name\": \"CVM\", \"languages\": [\"en\"],\n \"module\": \"x\"}]", "unknown field 'module'"))) {
            Path f = file("{" + COMMON + ",\n\"products\": " + c.products() + "}");
            SourceFormatException e = assertThrows(SourceFormatException.class, () -> ProductList.read(f), c.products());
            assertTrue(e.getMessage().contains(c.says()), e.getMessage());
            assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
            assertTrue(e.line() > 1, c.products() + ": " + e.getMessage());
        }
    }

    private Path file(String text) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "products", ".json"), text);
    }
}
