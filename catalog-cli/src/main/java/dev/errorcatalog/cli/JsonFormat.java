package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.Meaning;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.Source;
import dev.errorcatalog.i18n.json.JsonEscapes;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * JSON for programs: one object per line, the same field names in every command (a resolution's fields, then what
 * the command adds: the server's side for explain, {@code score} for search).
 */
final class JsonFormat implements Output.Renderer {
    /** The library's rule for written JSON ({@link JsonEscapes}), surrogates kept: beyond U+FFFF is written as itself. */
    private static final JsonFactory JSON = JsonFactory.builder().characterEscapes(JsonEscapes.KEEPING_SURROGATES).build();

    private final PrintWriter out;
    private final Map<String, Object> arguments;

    JsonFormat(PrintWriter out, Map<String, Object> arguments) {
        this.out = out;
        this.arguments = arguments;
    }

    @Override
    public void answers(List<Answer> answers) {
        for (Answer a : answers) {
            out.println(json(g -> {
                a.error().ifPresent(error -> {
                    g.writeStringProperty("apiVersion", error.version().name());
                    writeOptional(g, "requestId", error.requestId());
                    writeOptional(g, "serverMessage", error.message());
                });
                fields(g, a.resolution(), !a.shared());
                if (a.shared()) {
                    g.writeName("products");
                    g.writeStartArray();
                    a.products().forEach(p -> g.writeString(p.value()));
                    g.writeEndArray();
                }
                writeOptional(g, "note", a.note());
                if (!a.suggestions().isEmpty()) {
                    g.writeName("suggestions");
                    g.writeStartArray();
                    for (Answer.Suggestion sug : a.suggestions()) {
                        g.writeStartObject();
                        g.writeStringProperty("product", sug.product());
                        g.writeStringProperty("code", sug.code());
                        g.writeStringProperty("why", sug.why().name());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                if (!a.alsoIn().isEmpty()) {
                    g.writeName("alsoIn");
                    g.writeStartArray();
                    a.alsoIn().forEach(p -> g.writeString(p.value()));
                    g.writeEndArray();
                }
            }));
        }
    }

    @Override
    public void entries(List<Resolution> entries) {
        for (Resolution r : entries) {
            out.println(json(g -> fields(g, r)));
        }
    }

    @Override
    public void hits(List<Output.Hit> hits) {
        for (Output.Hit h : hits) {
            out.println(json(g -> {
                fields(g, h.resolution());
                g.writeNumberProperty("score", h.score());
            }));
        }
    }

    @Override
    public void products(List<Output.ProductRow> rows) {
        for (Output.ProductRow row : rows) {
            out.println(json(g -> {
                g.writeStringProperty("product", row.product());
                g.writeName("locales");
                g.writeStartArray();
                row.locales().forEach(l -> g.writeString(l.toLanguageTag()));
                g.writeEndArray();
                g.writeNumberProperty("codes", row.codes());
                g.writeStringProperty("dataVersion", row.dataVersion());
            }));
        }
    }

    /**
     * One object per code with its text in every locale the product ships, each with where it came from (and what
     * it corrects, for a correction); the metadata (retry advice and why, help link, API versions) once.
     */
    @Override
    public void export(ErrorCatalog catalog, String product, Locale unused) {
        List<Locale> locales = catalog.product(product).locales();
        Map<Locale, Map<String, Resolution>> byLocale = new LinkedHashMap<>();
        for (Locale l : locales) {
            Map<String, Resolution> codes = new LinkedHashMap<>();
            catalog.product(product).entries(l).forEach(r -> codes.put(r.requested(), r));
            byLocale.put(l, codes);
        }
        List<Resolution> first = List.copyOf(byLocale.get(locales.get(0)).values());
        out.println("[");
        for (int i = 0; i < first.size(); i++) {
            Resolution r = first.get(i);
            out.println("  " + json(g -> {
                g.writeStringProperty("product", r.product().value());
                g.writeStringProperty("code", r.requested());
                g.writeStringProperty("retry", r.retry().name());
                retryEvidence(g, r);
                r.helpUrl().ifPresent(u -> g.writeStringProperty("helpUrl", u.toString()));
                r.successor().ifPresent(c -> g.writeStringProperty("successor", c.value()));
                g.writeName("apiVersions");
                g.writeStartArray();
                r.apiVersions().forEach(g::writeString);
                g.writeEndArray();
                g.writeName("messages");
                g.writeStartObject();
                byLocale.forEach((l, codes) -> {
                    Resolution in = codes.get(r.requested());
                    g.writeName(l.toLanguageTag());
                    g.writeStartObject();
                    g.writeStringProperty("text", in.message());
                    in.title().ifPresent(t -> g.writeStringProperty("title", t));
                    if (!in.variants().isEmpty()) {
                        g.writeName("variants");
                        g.writeStartArray();
                        in.variants().forEach(m -> {
                            g.writeStartObject();
                            m.title().ifPresent(t -> g.writeStringProperty("title", t));
                            g.writeStringProperty("message", m.message());
                            g.writeEndObject();
                        });
                        g.writeEndArray();
                    }
                    if (!in.locale().equals(l)) {
                        g.writeStringProperty("locale", in.locale().toLanguageTag());
                    }
                    origin(g, "origin", in.origin());
                    correction(g, in);
                    g.writeEndObject();
                });
                g.writeEndObject();
                if (byLocale.values().stream().anyMatch(codes -> codes.get(r.requested()).solution().isPresent())) {
                    g.writeName("solutions");
                    g.writeStartObject();
                    byLocale.forEach((l, codes) -> codes.get(r.requested()).solution().ifPresent(sol -> {
                        g.writeName(l.toLanguageTag());
                        g.writeStartObject();
                        g.writeStringProperty("text", sol.text());
                        origin(g, "origin", sol.origin());
                        g.writeEndObject();
                    }));
                    g.writeEndObject();
                }
            }) + (i < first.size() - 1 ? "," : ""));
        }
        out.println("]");
    }

    /** One JSON object on one line. */
    static String json(Consumer<JsonGenerator> body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(tools.jackson.core.ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            body.accept(g);
            g.writeEndObject();
        }
        return out.toString();
    }

    private void fields(JsonGenerator g, Resolution r) {
        fields(g, r, true);
    }

    /**
     * A resolution's fields; for an answer many products share, {@code product} and {@code matchedProduct} are the
     * first's, {@code products} names them all, and the API versions (each product's own) are left out.
     */
    private void fields(JsonGenerator g, Resolution r, boolean withApiVersions) {
        g.writeStringProperty("product", r.product().value());
        g.writeStringProperty("requested", r.requested());
        g.writeStringProperty("matched", r.matchedCode().map(Object::toString).orElse(null));
        g.writeStringProperty("matchedProduct", r.matchedProduct().map(Object::toString).orElse(null));
        g.writeBooleanProperty("exact", r.exact());
        g.writeStringProperty("kind", r.kind().name());
        g.writeStringProperty("locale", r.locale().toLanguageTag());
        g.writeStringProperty("message", Output.message(r, arguments));
        entryFields(g, r, withApiVersions);
        g.writeStringProperty("explanation", r.explain());
    }

    /** The optional fields of an entry, each written only when present. */
    static void entryFields(JsonGenerator g, Resolution r) {
        entryFields(g, r, true);
    }

    private static void entryFields(JsonGenerator g, Resolution r, boolean withApiVersions) {
        writeOptional(g, "title", r.title());
        if (!r.variants().isEmpty()) {
            g.writeName("variants");
            g.writeStartArray();
            for (Meaning m : r.variants()) {
                g.writeStartObject();
                writeOptional(g, "title", m.title());
                g.writeStringProperty("message", m.message());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        writeOptional(g, "helpUrl", r.helpUrl().map(Object::toString));
        g.writeStringProperty("retry", r.retry().name());
        retryEvidence(g, r);
        r.action().ifPresent(c -> {
            g.writeName("action");
            g.writeStartObject();
            g.writeStringProperty("product", c.action().product().value());
            g.writeStringProperty("version", c.action().version());
            g.writeStringProperty("name", c.action().name());
            g.writeStringProperty("kind", dev.errorcatalog.CallKinds.standard().kindOf(c.action()).name());
            g.writeStringProperty("listing", c.listing().name());
            g.writeEndObject();
        });
        writeOptional(g, "successor", r.successor().map(Object::toString));
        origin(g, "origin", r.origin());
        correction(g, r);
        r.solution().ifPresent(sol -> {
            g.writeName("solution");
            g.writeStartObject();
            g.writeStringProperty("text", sol.text());
            g.writeStringProperty("locale", sol.locale().toLanguageTag());
            origin(g, "origin", sol.origin());
            g.writeEndObject();
        });
        if (withApiVersions && !r.apiVersions().isEmpty()) {
            g.writeName("apiVersions");
            g.writeStartArray();
            r.apiVersions().forEach(g::writeString);
            g.writeEndArray();
        }
    }

    /**
     * Why the advice is given, when there is advice:
     * {@code "retryEvidence": {"rule": "throttling", "decidedBy": "live:LimitExceeded.RateLimitExceeded", "evidence": "..."}}.
     */
    private static void retryEvidence(JsonGenerator g, Resolution r) {
        r.retryEvidence().ifPresent(e -> {
            g.writeName("retryEvidence");
            g.writeStartObject();
            g.writeStringProperty("rule", e.rule());
            g.writeStringProperty("decidedBy", e.decidedBy());
            g.writeStringProperty("evidence", e.evidence());
            g.writeEndObject();
        });
    }

    /**
     * The official text the message corrects, when it is a correction:
     * {@code "correction": {"source": {"kind": "SDK", ...}, "replaced": "...", "why": "..."}}.
     */
    private static void correction(JsonGenerator g, Resolution r) {
        r.correction().ifPresent(c -> {
            g.writeName("correction");
            g.writeStartObject();
            origin(g, "source", c.corrected());
            g.writeStringProperty("replaced", c.replaced());
            g.writeStringProperty("why", c.why());
            g.writeEndObject();
        });
    }

    /** Where a text came from, as {@code {"kind": "SDK", "title": "tencentcloud-sdk-java", "version": "3.2.11"}}. */
    static void origin(JsonGenerator g, String name, Source source) {
        g.writeName(name);
        g.writeStartObject();
        g.writeStringProperty("kind", source.kind().name());
        g.writeStringProperty("title", source.title());
        if (!source.version().isEmpty()) {
            g.writeStringProperty("version", source.version());
        }
        g.writeEndObject();
    }

    private static void writeOptional(JsonGenerator g, String name, Optional<String> value) {
        value.ifPresent(v -> g.writeStringProperty(name, v));
    }
}
