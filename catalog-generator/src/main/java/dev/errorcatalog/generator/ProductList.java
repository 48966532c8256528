package dev.errorcatalog.generator;

import dev.errorcatalog.ProductId;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The one list of the catalog's shipped products ({@code data/products.json}): which products there are, which of
 * them the generator makes and from which source documents, and in which languages each is shipped. The refresh
 * reads it to write every generated file, and the places of the build that name each product (Maven cannot read
 * the list: {@link BuildPlaces} writes its {@code <module>} and dependency entries); the tests read it to check that
 * the build ships what it lists.
 * <pre>{@code
 * {"common": {"languages": ["en", "zh-CN"], "documents": [{"file": "002", "language": "en", "title": "..."}]},
 *  "products": [{"id": "kms", "name": "KMS (key management)", "languages": ["en", "zh-CN"], "documents": [...]},
 *               {"id": "legacy", "name": "...", "generated": false}]}
 * }</pre>
 *
 * @param common   core's common codes: languages and documents (module {@code catalog-core})
 * @param products every shipped product, in the list's order
 */
@API(status = INTERNAL, since = "0.1.0")
public record ProductList(Product common, List<Product> products) {
    /** Where the list lives, relative to the project folder. */
    public static final String FILE = "data/products.json";

    /** A product id as a module, a package and a class name can all hold it. */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{0,39}");
    private static final Pattern DOCUMENT = Pattern.compile("[0-9]{3}");

    public ProductList {
        products = List.copyOf(products);
    }

    /** A source document of a product, by the start of its file name in {@code ../shared/seeds}. */
    public record Document(String file, String language, String title) {
    }

    /**
     * One product.
     *
     * @param id        the product id ({@code kms})
     * @param name      how the module's description names it ({@code KMS (key management)})
     * @param generated whether the generator makes it; a product kept by hand ({@code legacy}) is only listed
     * @param languages the language tags it ships, the default first (empty for a product kept by hand)
     * @param documents its source documents
     */
    public record Product(String id, String name, boolean generated, List<String> languages, List<Document> documents) {
        public Product {
            languages = List.copyOf(languages);
            documents = List.copyOf(documents);
        }

        /** The Maven module (and artifact) of the product: {@code catalog-kms}, core's for the common codes. */
        public String module() {
            return ProductId.of(id).isCommon() ? "catalog-core" : "catalog-" + id;
        }

        /** The package of its classes: {@code dev.errorcatalog.kms}, {@code dev.errorcatalog} for the common codes. */
        public String javaPackage() {
            return ProductId.of(id).isCommon() ? "dev.errorcatalog" : "dev.errorcatalog." + id;
        }

        /** The constants' enum: {@code KmsCode}, {@code CommonCode}. */
        public String enumName() {
            return CatalogFiles.stem(id) + "Code";
        }
    }

    /** The products the generator makes, in the list's order (not core's common codes). */
    public List<Product> generated() {
        return products.stream().filter(Product::generated).toList();
    }

    /** The list of the project in {@code project}. */
    public static ProductList of(Path project) {
        return read(project.resolve(FILE));
    }

    /** @throws SourceFormatException naming the file and line of what does not fit the shape above */
    public static ProductList read(Path file) {
        String where = file.toString();
        try (InputStream in = Inputs.open(file); JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), in)) {
            expect(p, JsonToken.START_OBJECT, where, "the file must be a JSON object");
            Product common = null;
            List<Product> products = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            String name;
            while ((name = p.nextName()) != null) {
                switch (name) {
                    case "common" -> common = product(p, where, true);
                    case "products" -> {
                        expect(p, JsonToken.START_ARRAY, where, "products must be an array of objects");
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            int line = p.currentTokenLocation().getLineNr();
                            Product product = product(p, where, false);
                            if (!ids.add(product.id())) {
                                throw new SourceFormatException(where, line, "product '" + product.id() + "' is listed twice");
                            }
                            products.add(product);
                        }
                        if (p.currentToken() != JsonToken.END_ARRAY) {
                            throw new SourceFormatException(where, p.currentTokenLocation().getLineNr(), "products must be an array of objects");
                        }
                    }
                    default -> throw new SourceFormatException(where, p.currentTokenLocation().getLineNr(),
                            "unknown field " + Inputs.quote(name) + " (known: common, products)");
                }
            }
            if (common == null) {
                throw new SourceFormatException(where, 0, "no 'common' (core's common codes: languages and documents)");
            }
            return new ProductList(common, products);
        } catch (JacksonException e) {
            throw new SourceFormatException(where, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The object the parser is at the start of ({@code common}: after its name). */
    private static Product product(JsonParser p, String where, boolean common) {
        if (common) {
            expect(p, JsonToken.START_OBJECT, where, "common must be an object");
        }
        int line = p.currentTokenLocation().getLineNr();
        String id = common ? ProductId.COMMON.value() : null;
        String name = common ? "the common codes" : null;
        boolean generated = true;
        List<String> languages = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        String field;
        while ((field = p.nextName()) != null) {
            switch (common ? "common." + field : field) {
                case "id" -> id = valid(string(p, where, field), ID, where, p, "is not a product id (a-z then a-z and 0-9: kms, cvm)");
                case "name" -> name = string(p, where, field);
                case "generated" -> {
                    JsonToken t = p.nextToken();
                    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                        throw new SourceFormatException(where, p.currentTokenLocation().getLineNr(), "generated must be true or false");
                    }
                    generated = t == JsonToken.VALUE_TRUE;
                }
                case "languages", "common.languages" -> {
                    expect(p, JsonToken.START_ARRAY, where, "languages must be an array of language tags");
                    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                        if (t != JsonToken.VALUE_STRING) {
                            throw new SourceFormatException(where, p.currentTokenLocation().getLineNr(), "languages must be an array of language tags");
                        }
                        String tag = language(p.getString(), where, p);
                        if (languages.contains(tag)) {
                            throw new SourceFormatException(where, p.currentTokenLocation().getLineNr(), tag + " is listed twice");
                        }
                        languages.add(tag);
                    }
                }
                case "documents", "common.documents" -> {
                    expect(p, JsonToken.START_ARRAY, where, "documents must be an array of objects");
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        documents.add(document(p, where));
                    }
                    if (p.currentToken() != JsonToken.END_ARRAY) {
                        throw new SourceFormatException(where, p.currentTokenLocation().getLineNr(), "documents must be an array of objects");
                    }
                }
                default -> throw new SourceFormatException(where, p.currentTokenLocation().getLineNr(), "unknown field "
                        + Inputs.quote(field) + (common ? " of common (known: languages, documents)"
                        : " of a product (known: id, name, generated, languages, documents)"));
            }
        }
        if (id == null || name == null) {
            throw new SourceFormatException(where, line, "a product needs an id and a name");
        }
        if (!common && ProductId.of(id).isCommon()) {
            throw new SourceFormatException(where, line, "'common' is core's: give it under \"common\", not as a product");
        }
        if (generated && languages.isEmpty()) {
            throw new SourceFormatException(where, line, "product '" + id + "' is generated, so it needs its languages");
        }
        return new Product(id, name, generated, languages, documents);
    }

    private static Document document(JsonParser p, String where) {
        int line = p.currentTokenLocation().getLineNr();
        String file = null;
        String language = null;
        String title = null;
        String field;
        while ((field = p.nextName()) != null) {
            switch (field) {
                case "file" -> file = valid(string(p, where, field), DOCUMENT, where, p, "is not a document's number (000)");
                case "language" -> language = language(string(p, where, field), where, p);
                case "title" -> title = string(p, where, field);
                default -> throw new SourceFormatException(where, p.currentTokenLocation().getLineNr(), "unknown field "
                        + Inputs.quote(field) + " of a document (known: file, language, title)");
            }
        }
        if (file == null || language == null || title == null) {
            throw new SourceFormatException(where, line, "a document needs a file, a language and a title");
        }
        return new Document(file, language, title);
    }

    private static String string(JsonParser p, String where, String field) {
        expect(p, JsonToken.VALUE_STRING, where, field + " must be a string");
        return Inputs.wellFormed(p.getString(), where, p.currentTokenLocation().getLineNr());
    }

    private static String language(String tag, String where, JsonParser p) {
        if (!ProductModule.isLanguageTag(tag)) {
            throw new SourceFormatException(where, p.currentTokenLocation().getLineNr(), Inputs.quote(tag)
                    + " is not a language tag as Java writes it (en, zh-CN, ja)");
        }
        return tag;
    }

    private static String valid(String text, Pattern pattern, String where, JsonParser p, String problem) {
        if (!pattern.matcher(text).matches()) {
            throw new SourceFormatException(where, p.currentTokenLocation().getLineNr(), Inputs.quote(text) + " " + problem);
        }
        return text;
    }

    private static void expect(JsonParser p, JsonToken token, String where, String problem) {
        if (p.nextToken() != token) {
            throw new SourceFormatException(where, p.currentTokenLocation().getLineNr(), problem);
        }
    }
}
