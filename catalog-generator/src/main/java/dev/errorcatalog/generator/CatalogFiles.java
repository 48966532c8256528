package dev.errorcatalog.generator;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.Source;
import org.apiguardian.api.API;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The generated part of a product module: the typed constants, one bundle per language and the provenance file.
 * The same for the catalog's own modules and for a module anyone generates.
 *
 * @param javaPackage the package of the constants
 * @param enumName    the constants' enum, {@code KmsCode}
 * @param core        whether this is core's common codes (package {@code dev.errorcatalog}, no {@code PRODUCT} field)
 */
@API(status = INTERNAL, since = "0.1.0")
public record CatalogFiles(String javaPackage, String enumName, boolean core) {
    /**
     * The stability the constants declare: maintained, as the enum's shape (a {@code CodeConstant}) holds while its
     * constants follow the data. The version is the catalog's first, where that shape began; a fixed text, so that a
     * release does not rewrite every generated file.
     */
    static final String API_STATUS = "@API(status = MAINTAINED, since = \"0.1.0\")";

    /** The class-name stem of a product: {@code kms} is {@code Kms}. */
    public static String stem(String product) {
        return product.substring(0, 1).toUpperCase(Locale.ROOT) + product.substring(1);
    }

    /** Adds the files, relative to the module's folder, to {@code out}. */
    public FileSet write(ProductData data, FileSet out) {
        String resources = "src/main/resources/META-INF/errorcatalog/" + data.product() + "/";
        for (String language : data.languages()) {
            out.put(resources + language + ".json", bundle(data, language));
        }
        out.put(resources + "provenance.json", provenance(data));
        if (data.actions().source().isPresent()) {
            out.put(resources + "actions", actions(data.actions()));
        }
        out.put("src/main/java/" + javaPackage.replace('.', '/') + "/" + enumName + ".java", constants(data));
        return out;
    }

    /**
     * The runtime form of the action lists (core's {@code ActionsFile}): the codes once, then each action with its codes
     * as indices into them. A code of a list that is no error code the catalog can hold is left out (the refresh names
     * it).
     */
    static String actions(ProductData.Actions actions) {
        Source src = actions.source().orElseThrow();
        StringBuilder s = new StringBuilder("errorcatalog-actions 1\n");
        s.append("source\t").append(oneField(src.title())).append('\t').append(oneField(src.version())).append('\t')
                .append(oneField(src.licence())).append('\n');
        Map<String, Integer> index = new java.util.HashMap<>();
        for (String code : actions.codes()) {
            if (dev.errorcatalog.ErrorCode.isValid(code)) {
                index.put(code, index.size());
                s.append("code\t").append(code).append('\n');
            }
        }
        actions.byVersion().forEach((version, byName) -> byName.forEach((action, codes) -> {
            s.append("action\t").append(version).append('\t').append(action).append('\t');
            boolean first = true;
            for (String code : codes) {
                Integer i = index.get(code);
                if (i != null) {
                    s.append(first ? "" : " ").append(i);
                    first = false;
                }
            }
            s.append('\n');
        }));
        return s.toString();
    }

    /** A source's word on one field of a tab-separated line. */
    private static String oneField(String text) {
        return text.replaceAll("[\\t\\n\\r]", " ");
    }

    static String bundle(ProductData data, String language) {
        StringBuilder s = new StringBuilder("{\n");
        List<ProductData.Entry> entries = data.entries();
        for (int i = 0; i < entries.size(); i++) {
            ProductData.Entry e = entries.get(i);
            String message = Json.string(Texts.pattern(e.messages().get(language).text()));
            ProductData.Text solution = e.solutions().get(language);
            s.append("  ").append(Json.string(e.code())).append(": ");
            if (solution == null) {
                s.append(message);
            } else {
                s.append("{\n    \"message\": ").append(message).append(",\n    \"solution\": ")
                        .append(Json.string(Texts.pattern(solution.text()))).append("\n  }");
            }
            s.append(i < entries.size() - 1 ? ",\n" : "\n");
        }
        return s.append("}\n").toString();
    }

    static String provenance(ProductData data) {
        StringBuilder s = new StringBuilder("{\n");
        s.append("  \"product\": ").append(Json.string(data.product())).append(",\n");
        s.append("  \"dataVersion\": ").append(Json.string(data.dataVersion())).append(",\n");
        s.append("  \"sources\": [\n");
        List<Source> sources = data.sources();
        for (int i = 0; i < sources.size(); i++) {
            Source src = sources.get(i);
            s.append("    {\"id\": ").append(Json.string(src.id())).append(", \"kind\": ").append(Json.string(src.kind().name()))
                    .append(", \"title\": ").append(Json.string(src.title())).append(", \"version\": ").append(Json.string(src.version()))
                    .append(", \"licence\": ").append(Json.string(src.licence())).append('}')
                    .append(i < sources.size() - 1 ? ",\n" : "\n");
        }
        s.append("  ],\n  \"codes\": {\n");
        List<ProductData.Entry> entries = data.entries();
        for (int i = 0; i < entries.size(); i++) {
            ProductData.Entry e = entries.get(i);
            s.append("    ").append(Json.string(e.code())).append(": {\"apiVersions\": [")
                    .append(e.apiVersions().stream().map(Json::string).collect(Collectors.joining(", "))).append("], \"message\": ")
                    .append(origins(e.messages()));
            if (!e.solutions().isEmpty()) {
                s.append(", \"solution\": ").append(origins(e.solutions()));
            }
            e.retryWhy().ifPresent(r -> s.append(", \"retry\": ").append(Facts.retry(r)));
            String corrected = e.messages().entrySet().stream().filter(t -> t.getValue().corrected().isPresent())
                    .map(t -> {
                        ProductData.Corrected c = t.getValue().corrected().get();
                        return Json.string(t.getKey()) + ": {\"source\": " + Json.string(c.source()) + ", \"replaces\": "
                                + Json.string(c.replaces()) + ", \"why\": " + Json.string(c.why()) + "}";
                    }).collect(Collectors.joining(", "));
            if (!corrected.isEmpty()) {
                s.append(", \"corrected\": {").append(corrected).append('}');
            }
            s.append('}').append(i < entries.size() - 1 ? ",\n" : "\n");
        }
        return s.append("  }\n}\n").toString();
    }

    private static String origins(Map<String, ProductData.Text> texts) {
        return texts.entrySet().stream().map(t -> Json.string(t.getKey()) + ": " + Json.string(t.getValue().source()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    String constants(ProductData data) {
        String product = data.product();
        TreeSet<String> advice = data.entries().stream().flatMap(e -> e.retry().stream()).map(RetryAdvice::name)
                .collect(Collectors.toCollection(TreeSet::new));
        StringBuilder s = new StringBuilder();
        s.append("package ").append(javaPackage).append(";\n\n");
        if (!core) {
            s.append("import dev.errorcatalog.CodeConstant;\nimport dev.errorcatalog.CodeDefinition;\n")
                    .append("import dev.errorcatalog.CodeMetadata;\nimport dev.errorcatalog.ProductId;\n");
        }
        s.append("import org.apiguardian.api.API;\n\n");
        advice.forEach(a -> s.append("import static dev.errorcatalog.RetryAdvice.").append(a).append(";\n"));
        s.append("import static org.apiguardian.api.API.Status.MAINTAINED;\n\n");
        String what = core ? "every product (the platform-wide common codes)" : "product {@code " + product + "}";
        s.append("/**\n");
        wrap(s, "The error codes of " + what + ", as typed constants: generated by errorcatalog-generator, do not edit"
                + " (data/README.md says how to regenerate).");
        if (!data.dataVersion().isEmpty()) {
            wrap(s, "Data: " + GeneratedText.docComment(data.dataVersion()) + ".");
        }
        wrap(s, "Where each text came from: {@code META-INF/errorcatalog/" + product + "/provenance.json}. Retry advice"
                + " is given only where the meaning is plain; elsewhere it is unknown.");
        s.append(" */\n");
        s.append(API_STATUS).append('\n');
        s.append("public enum ").append(enumName).append(" implements CodeConstant {\n");
        List<ProductData.Entry> entries = data.entries();
        for (int i = 0; i < entries.size(); i++) {
            ProductData.Entry e = entries.get(i);
            e.note().ifPresent(n -> s.append("    // ").append(GeneratedText.lineComment(n)).append('\n'));
            s.append("    ").append(ErrorCode.parse(e.code()).constantName()).append('(').append(GeneratedText.javaString(e.code()));
            metadata(e).ifPresent(m -> s.append(", ").append(m));
            s.append(')').append(i < entries.size() - 1 ? ",\n" : ";\n");
        }
        String productExpression = core ? "ProductId.COMMON.value()" : "\"" + product + "\"";
        if (!core) {
            s.append("\n    /** The product id, {@code ").append(product).append("}. */\n")
                    .append("    public static final ProductId PRODUCT = ProductId.of(\"").append(product).append("\");\n");
        }
        s.append("\n    private final CodeDefinition definition;\n\n");
        s.append("    ").append(enumName).append("(String code, CodeMetadata... metadata) {\n")
                .append("        this.definition = CodeDefinition.forConstant(").append(productExpression).append(", code, metadata);\n    }\n\n");
        s.append("    @Override\n    public CodeDefinition definition() {\n        return definition;\n    }\n}\n");
        return s.toString();
    }

    /** A paragraph of a doc comment, wrapped at 110 characters. */
    private static void wrap(StringBuilder s, String text) {
        StringBuilder line = new StringBuilder(" *");
        for (String word : text.split(" ")) {
            if (line.length() + 1 + word.length() > 110 && line.length() > 2) {
                s.append(line).append('\n');
                line = new StringBuilder(" *");
            }
            line.append(' ').append(word);
        }
        s.append(line).append('\n');
    }

    private static java.util.Optional<String> metadata(ProductData.Entry e) {
        if (e.retry().isEmpty() && e.helpUrl().isEmpty()) {
            return java.util.Optional.empty();
        }
        StringBuilder m = new StringBuilder(e.retry().map(r -> "CodeMetadata.retry(" + r.name() + ")").orElse("CodeMetadata.NONE"));
        if (e.retryCoversSubcodes()) {
            m.append(".coveringSubcodes()");
        }
        e.helpUrl().ifPresent(u -> m.append(".withHelpUrl(").append(GeneratedText.javaString(u.toString())).append(')'));
        return java.util.Optional.of(m.toString());
    }
}
