package dev.errorcatalog.generator;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.Source;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A product's facts as the catalog commits them ({@code catalog-all/src/main/facts/<product>.json}): what the
 * generator extracted from the official lists, one code a line so a change to the sources reads as a diff of the
 * codes it touches. {@link CompactData} turns them into the files the catalog reads at run time.
 * <pre>{@code
 * {
 *   "product": "cvm",
 *   "dataVersion": "tencentcloud-sdk-java 3.2.11, ...",
 *   "sources": [
 *     {"id": "sdk-zh", "kind": "SDK", "title": "tencentcloud-sdk-java", "version": "3.2.11", "licence": "Apache-2.0"}
 *   ],
 *   "languages": ["en", "zh-CN"],
 *   "codes": {
 *     "AuthFailure": {"apiVersions": ["2017-03-12"], "message": {"en": {"text": "...", "source": "sdk-en"}, "zh-CN": {...}},
 *                     "solution": {"zh-CN": {"text": "...", "source": "error-centre"}}, "helpUrl": "https://..."}
 *   },
 *   "omitted": [
 *     "InternalError.SYS_ERR: not an error code the catalog can hold (com/tencentcloudapi/...:12)"
 *   ]
 * }
 * }</pre>
 * Texts are as the sources give them (plain, links reduced to labels), not yet message patterns; a code lists the
 * languages it has text in, in the product's order; {@code solution} and {@code helpUrl} only where there is one.
 */
final class Facts {
    /** A product id as a file name, and the runtime's index, can hold it. */
    private static final Pattern PRODUCT = Pattern.compile("[a-z][a-z0-9]{0,31}");

    private Facts() {
    }

    /** The facts file of a product. */
    static String write(ProductData data) {
        StringBuilder s = new StringBuilder("{\n");
        s.append("  \"product\": ").append(Json.string(data.product())).append(",\n");
        s.append("  \"dataVersion\": ").append(Json.string(data.dataVersion())).append(",\n");
        s.append("  \"sources\": [");
        List<Source> sources = data.sources();
        for (int i = 0; i < sources.size(); i++) {
            Source src = sources.get(i);
            s.append(i == 0 ? "\n" : ",\n").append("    {\"id\": ").append(Json.string(src.id())).append(", \"kind\": ")
                    .append(Json.string(src.kind().name())).append(", \"title\": ").append(Json.string(src.title()))
                    .append(", \"version\": ").append(Json.string(src.version())).append(", \"licence\": ")
                    .append(Json.string(src.licence())).append('}');
        }
        s.append(sources.isEmpty() ? "],\n" : "\n  ],\n");
        s.append("  \"languages\": ").append(data.languages().stream().map(Json::string).collect(Collectors.joining(", ", "[", "]")))
                .append(",\n");
        s.append("  \"codes\": {");
        List<ProductData.Entry> entries = data.entries();
        for (int i = 0; i < entries.size(); i++) {
            ProductData.Entry e = entries.get(i);
            s.append(i == 0 ? "\n" : ",\n").append("    ").append(Json.string(e.code())).append(": {\"apiVersions\": ")
                    .append(e.apiVersions().stream().map(Json::string).collect(Collectors.joining(", ", "[", "]")))
                    .append(", \"message\": ").append(texts(e.messages()));
            if (!e.solutions().isEmpty()) {
                s.append(", \"solution\": ").append(texts(e.solutions()));
            }
            e.helpUrl().ifPresent(u -> s.append(", \"helpUrl\": ").append(Json.string(u.toString())));
            e.retryWhy().ifPresent(r -> s.append(", \"retry\": ").append(retry(r)));
            s.append('}');
        }
        s.append(entries.isEmpty() ? "},\n" : "\n  },\n");
        actions(data.actions(), s);
        s.append("  \"omitted\": [");
        for (int i = 0; i < data.omitted().size(); i++) {
            s.append(i == 0 ? "\n" : ",\n").append("    ").append(Json.string(data.omitted().get(i)));
        }
        s.append(data.omitted().isEmpty() ? "]\n" : "\n  ]\n");
        return s.append("}\n").toString();
    }

    /** The action lists, one action a line, where the product has any. */
    private static void actions(ProductData.Actions actions, StringBuilder s) {
        if (actions.source().isEmpty()) {
            return;
        }
        Source src = actions.source().get();
        s.append("  \"actions\": {\"source\": {\"title\": ").append(Json.string(src.title())).append(", \"version\": ")
                .append(Json.string(src.version())).append(", \"licence\": ").append(Json.string(src.licence()))
                .append("}, \"versions\": {");
        boolean firstVersion = true;
        for (Map.Entry<String, Map<String, List<String>>> v : actions.byVersion().entrySet()) {
            s.append(firstVersion ? "\n" : ",\n").append("    ").append(Json.string(v.getKey())).append(": {");
            firstVersion = false;
            boolean firstAction = true;
            for (Map.Entry<String, List<String>> a : v.getValue().entrySet()) {
                s.append(firstAction ? "\n" : ",\n").append("      ").append(Json.string(a.getKey())).append(": ")
                        .append(a.getValue().stream().map(Json::string).collect(Collectors.joining(", ", "[", "]")));
                firstAction = false;
            }
            s.append(v.getValue().isEmpty() ? "}" : "\n    }");
        }
        s.append(actions.byVersion().isEmpty() ? "}},\n" : "\n  }},\n");
    }

    private static String texts(Map<String, ProductData.Text> texts) {
        return texts.entrySet().stream().map(t -> Json.string(t.getKey()) + ": {\"text\": " + Json.string(t.getValue().text())
                + ", \"source\": " + Json.string(t.getValue().source()) + t.getValue().corrected().map(c -> ", \"corrects\": "
                + Json.string(c.source()) + ", \"replaces\": " + Json.string(c.replaces()) + ", \"why\": " + Json.string(c.why()))
                .orElse("") + "}").collect(Collectors.joining(", ", "{", "}"));
    }

    /** A code's retry advice with its rule and evidence, as the facts and the provenance file both write it. */
    static String retry(ProductData.RetryWhy r) {
        return "{\"advice\": " + Json.string(r.advice().name()) + ", \"rule\": " + Json.string(r.rule()) + ", \"evidence\": "
                + Json.string(r.evidence()) + "}";
    }

    /**
     * A facts file: the product it names must be the file's name.
     *
     * @throws SourceFormatException naming the file and line of what does not fit the shape above, of a text that
     *                               names no source of the file, or of a code in a language the product does not list
     */
    static ProductData read(Path file) {
        String where = file.toString();
        try (InputStream in = Inputs.open(file); JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), in)) {
            return new Reading(p, where).facts(file.getFileName().toString());
        } catch (JacksonException e) {
            throw new SourceFormatException(where, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** One pass over a facts file. */
    private static final class Reading {
        private final JsonParser p;
        private final String where;
        private final Set<String> sourceIds = new HashSet<>();
        private List<String> languages = List.of();

        Reading(JsonParser p, String where) {
            this.p = p;
            this.where = where;
        }

        ProductData facts(String fileName) {
            expect(JsonToken.START_OBJECT, "a facts file is a JSON object");
            String product = null;
            String dataVersion = null;
            List<Source> sources = null;
            List<ProductData.Entry> entries = null;
            List<String> omitted = null;
            ProductData.Actions actions = ProductData.Actions.NONE;
            String name;
            while ((name = p.nextName()) != null) {
                switch (name) {
                    case "actions" -> actions = actions();
                    case "product" -> product = string(name);
                    case "dataVersion" -> dataVersion = string(name);
                    case "sources" -> sources = sources();
                    case "languages" -> languages = languages();
                    case "codes" -> entries = codes();
                    case "omitted" -> omitted = strings(name);
                    default -> throw error("unknown field " + Inputs.quote(name)
                            + " (known: product, dataVersion, sources, languages, codes, actions, omitted)");
                }
            }
            if (product == null || dataVersion == null || sources == null || entries == null || omitted == null) {
                throw new SourceFormatException(where, 0, "a facts file needs product, dataVersion, sources, languages, codes"
                        + " and omitted");
            }
            if (!fileName.equals(product + ".json") || !PRODUCT.matcher(product).matches() || product.equals(ProductId.COMMON.value())) {
                throw new SourceFormatException(where, 0, "the facts of product " + Inputs.quote(product) + " belong in "
                        + Inputs.quote(product + ".json") + ", a product id's file");
            }
            return new ProductData(product, dataVersion, sources, languages, entries, omitted, actions);
        }

        /** {@code {"source": {title, version, licence}, "versions": {version: {action: [codes]}}}}, in order. */
        private ProductData.Actions actions() {
            expect(JsonToken.START_OBJECT, "actions must be {\"source\": ..., \"versions\": ...}");
            Source source = null;
            Map<String, Map<String, List<String>>> versions = null;
            String name;
            while ((name = p.nextName()) != null) {
                switch (name) {
                    case "source" -> {
                        expect(JsonToken.START_OBJECT, "the source of actions must be {\"title\": ..., \"version\": ..., \"licence\": ...}");
                        Map<String, String> f = new LinkedHashMap<>();
                        String field;
                        while ((field = p.nextName()) != null) {
                            if (!Set.of("title", "version", "licence").contains(field)) {
                                throw error("unknown field " + Inputs.quote(field) + " of the source of actions (known: title, version, licence)");
                            }
                            f.put(field, string(field));
                        }
                        if (f.size() != 3) {
                            throw error("the source of actions needs title, version and licence");
                        }
                        source = new Source("sdk-go", Source.Kind.SDK, f.get("title"), f.get("version"), f.get("licence"));
                    }
                    case "versions" -> versions = versions();
                    default -> throw error("unknown field " + Inputs.quote(name) + " of actions (known: source, versions)");
                }
            }
            if (source == null || versions == null) {
                throw error("actions need a source and versions");
            }
            return new ProductData.Actions(Optional.of(source), versions);
        }

        private Map<String, Map<String, List<String>>> versions() {
            expect(JsonToken.START_OBJECT, "versions of actions must be an object of API version to actions");
            Map<String, Map<String, List<String>>> versions = new java.util.TreeMap<>();
            String version;
            String previous = null;
            while ((version = p.nextName()) != null) {
                if (!version.matches("\\d{4}-\\d{2}-\\d{2}") || previous != null && previous.compareTo(version) >= 0) {
                    throw error(Inputs.quote(version) + " is not an API version (yyyy-MM-dd) after " + previous + ", each once, in order");
                }
                previous = version;
                expect(JsonToken.START_OBJECT, "the actions of " + version + " must be an object of action to codes");
                Map<String, List<String>> actions = new java.util.TreeMap<>();
                String action;
                String before = null;
                while ((action = p.nextName()) != null) {
                    if (!dev.errorcatalog.ApiAction.isName(action) || before != null && before.compareTo(action) >= 0) {
                        throw error(Inputs.quote(action) + " is not an action's name after " + before + ", each once, in order");
                    }
                    before = action;
                    actions.put(action, List.copyOf(strings(action)));
                }
                versions.put(version, java.util.Collections.unmodifiableMap(actions));
            }
            return java.util.Collections.unmodifiableMap(versions);
        }

        private List<Source> sources() {
            expect(JsonToken.START_ARRAY, "sources must be an array of objects");
            List<Source> sources = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int line = line();
                Map<String, String> f = new LinkedHashMap<>();
                String name;
                while ((name = p.nextName()) != null) {
                    if (!Set.of("id", "kind", "title", "version", "licence").contains(name)) {
                        throw error("unknown field " + Inputs.quote(name) + " of a source (known: id, kind, title, version, licence)");
                    }
                    f.put(name, string(name));
                }
                if (f.size() != 5) {
                    throw new SourceFormatException(where, line, "a source needs id, kind, title, version and licence");
                }
                Source.Kind kind;
                try {
                    kind = Source.Kind.valueOf(f.get("kind"));
                } catch (IllegalArgumentException e) {
                    throw new SourceFormatException(where, line, "no source kind " + Inputs.quote(f.get("kind")));
                }
                if (!sourceIds.add(f.get("id"))) {
                    throw new SourceFormatException(where, line, "source " + Inputs.quote(f.get("id")) + " is listed twice");
                }
                sources.add(new Source(f.get("id"), kind, f.get("title"), f.get("version"), f.get("licence")));
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
                throw error("sources must be an array of objects");
            }
            return sources;
        }

        private List<String> languages() {
            List<String> tags = strings("languages");
            for (String tag : tags) {
                if (!ProductModule.isLanguageTag(tag)) {
                    throw error(Inputs.quote(tag) + " is not a language tag as Java writes it (en, zh-CN)");
                }
            }
            if (new HashSet<>(tags).size() != tags.size()) {
                throw error("a language is listed twice");
            }
            return tags;
        }

        private List<ProductData.Entry> codes() {
            expect(JsonToken.START_OBJECT, "codes must be an object of code to facts");
            List<ProductData.Entry> entries = new ArrayList<>();
            String previous = null;
            String code;
            while ((code = p.nextName()) != null) {
                if (!ErrorCode.isValid(code)) {
                    throw error(Inputs.quote(code) + " is not an error code");
                }
                if (previous != null && previous.compareTo(code) >= 0) {
                    throw error(code + " after " + previous + ": the codes are in order, each once");
                }
                previous = code;
                entries.add(code(code));
            }
            return entries;
        }

        private ProductData.Entry code(String code) {
            expect(JsonToken.START_OBJECT, code + " must be an object of apiVersions, message, solution and helpUrl");
            List<String> apiVersions = List.of();
            Map<String, ProductData.Text> messages = null;
            Map<String, ProductData.Text> solutions = Map.of();
            Optional<URI> helpUrl = Optional.empty();
            Optional<ProductData.RetryWhy> retry = Optional.empty();
            String name;
            while ((name = p.nextName()) != null) {
                switch (name) {
                    case "apiVersions" -> apiVersions = strings(name);
                    case "message" -> messages = texts(code, name);
                    case "solution" -> solutions = texts(code, name);
                    case "helpUrl" -> helpUrl = Optional.of(uri(string(name)));
                    case "retry" -> retry = Optional.of(retry(code));
                    default -> throw error("unknown field " + Inputs.quote(name) + " of " + code
                            + " (known: apiVersions, message, solution, helpUrl, retry)");
                }
            }
            if (messages == null || messages.isEmpty()) {
                throw error(code + " has no message: a code without text is no code of the facts (list it in omitted)");
            }
            if (!messages.keySet().containsAll(solutions.keySet())) {
                throw error(code + " has a solution in a language it has no message in");
            }
            return new ProductData.Entry(code, apiVersions, messages, solutions, helpUrl, retry.map(ProductData.RetryWhy::advice),
                    false, Optional.empty(), retry);
        }

        private ProductData.RetryWhy retry(String code) {
            expect(JsonToken.START_OBJECT, "retry of " + code + " must be {\"advice\": ..., \"rule\": ..., \"evidence\": ...}");
            Map<String, String> f = new LinkedHashMap<>();
            String name;
            while ((name = p.nextName()) != null) {
                if (!Set.of("advice", "rule", "evidence").contains(name)) {
                    throw error("unknown field " + Inputs.quote(name) + " of retry of " + code + " (known: advice, rule, evidence)");
                }
                f.put(name, string(name));
            }
            if (f.size() != 3) {
                throw error("retry of " + code + " needs advice, rule and evidence");
            }
            try {
                return new ProductData.RetryWhy(dev.errorcatalog.RetryAdvice.valueOf(f.get("advice")), f.get("rule"), f.get("evidence"));
            } catch (IllegalArgumentException e) {
                throw error("retry of " + code + ": no advice " + Inputs.quote(f.get("advice")));
            }
        }

        /** Texts by language, in the product's language order, each naming a source of the file. */
        private Map<String, ProductData.Text> texts(String code, String field) {
            expect(JsonToken.START_OBJECT, field + " of " + code + " must be an object of language tag to text");
            Map<String, ProductData.Text> texts = new LinkedHashMap<>();
            int order = -1;
            String tag;
            while ((tag = p.nextName()) != null) {
                int at = languages.indexOf(tag);
                if (at < 0) {
                    throw error(field + " of " + code + " in " + Inputs.quote(tag) + ", which is not one of the product's"
                            + " languages " + languages + " (given before the codes)");
                }
                if (at <= order) {
                    throw error(field + " of " + code + ": the languages in the product's order, each once");
                }
                order = at;
                expect(JsonToken.START_OBJECT, field + " of " + code + " in " + tag + " must be {\"text\": ..., \"source\": ...}");
                String text = null;
                String source = null;
                Map<String, String> correction = new LinkedHashMap<>();
                String name;
                while ((name = p.nextName()) != null) {
                    switch (name) {
                        case "text" -> text = string(name);
                        case "source" -> source = string(name);
                        case "corrects", "replaces", "why" -> correction.put(name, string(name));
                        default -> throw error("unknown field " + Inputs.quote(name) + " of a text (known: text, source, "
                                + "and for a correction corrects, replaces, why)");
                    }
                }
                if (!correction.isEmpty() && correction.size() != 3) {
                    throw error(field + " of " + code + " in " + tag + ": a correction needs corrects, replaces and why");
                }
                if (text == null || text.isBlank() || source == null) {
                    throw error(field + " of " + code + " in " + tag + " needs a text and a source");
                }
                if (!sourceIds.contains(source)) {
                    throw error(field + " of " + code + " in " + tag + " names source " + Inputs.quote(source)
                            + ", which the file's sources do not list");
                }
                texts.put(tag, new ProductData.Text(text, source, correction.isEmpty() ? Optional.empty()
                        : Optional.of(new ProductData.Corrected(correction.get("corrects"), correction.get("replaces"), correction.get("why")))));
            }
            return texts;
        }

        private URI uri(String text) {
            try {
                URI u = new URI(text);
                if (!"https".equals(u.getScheme()) && !"http".equals(u.getScheme())) {
                    throw error(Inputs.quote(text) + " is not a web address");
                }
                return u;
            } catch (URISyntaxException e) {
                throw error(Inputs.quote(text) + " is not a web address: " + e.getReason());
            }
        }

        private List<String> strings(String field) {
            expect(JsonToken.START_ARRAY, field + " must be an array of strings");
            List<String> out = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t != JsonToken.VALUE_STRING) {
                    throw error(field + " must be an array of strings");
                }
                out.add(Inputs.wellFormed(p.getString(), where, line()));
            }
            return out;
        }

        private String string(String field) {
            expect(JsonToken.VALUE_STRING, field + " must be a string");
            return Inputs.wellFormed(p.getString(), where, line());
        }

        private void expect(JsonToken token, String problem) {
            if (p.nextToken() != token) {
                throw error(problem);
            }
        }

        private int line() {
            return p.currentTokenLocation().getLineNr();
        }

        private SourceFormatException error(String problem) {
            return new SourceFormatException(where, line(), problem);
        }
    }
}
