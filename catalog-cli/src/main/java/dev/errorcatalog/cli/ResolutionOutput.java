package dev.errorcatalog.cli;

import dev.errorcatalog.ApiError;
import dev.errorcatalog.Meaning;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.Source;
import dev.errorcatalog.i18n.Printable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

import java.io.StringWriter;
import java.util.Optional;
import java.util.function.Consumer;

/** How a resolution is shown: a text block for people, one JSON object for programs. */
final class ResolutionOutput {
    private static final JsonFactory JSON = JsonFactory.builder().characterEscapes(new VisibleEscapes()).build();

    /** JSON's own escapes, and {@code \u005cuXXXX} for what a terminal would act on that JSON leaves as it is: DEL, C1. */
    private static final class VisibleEscapes extends CharacterEscapes {
        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        VisibleEscapes() {
            ascii[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            String shown = Printable.of(String.valueOf((char) ch));
            return shown.length() == 1 || Character.isSurrogate((char) ch) ? null : new SerializedString(shown);
        }
    }

    private ResolutionOutput() {
    }

    static String text(Resolution r) {
        StringBuilder s = new StringBuilder();
        s.append(Printable.of(r.requested())).append("  (").append(r.product()).append(", ").append(r.locale().toLanguageTag()).append(")\n");
        line(s, "matched", r.found()
                ? r.matchedProduct().orElseThrow() + ":" + r.matchedCode().orElseThrow() + (r.exact() ? " (exact)" : " (fallback)")
                : "nothing (unknown code)");
        if (!r.exact()) {
            line(s, "why", r.explain());
        }
        r.title().ifPresent(t -> line(s, "title", t));
        line(s, "message", r.message());
        line(s, "retry", r.retry().name());
        line(s, "source", r.origin().describe());
        r.solution().ifPresent(sol -> line(s, "solution", sol.text() + "  (" + sol.origin().describe() + ")"));
        if (!r.apiVersions().isEmpty()) {
            line(s, "api", String.join(", ", r.apiVersions()));
        }
        r.helpUrl().ifPresent(u -> line(s, "help", u.toString()));
        r.successor().ifPresent(c -> line(s, "successor", c + " (API 3.0)"));
        for (Meaning m : r.variants()) {
            line(s, "also means", m.title().map(t -> t + ": ").orElse("") + m.message());
        }
        return s.toString();
    }

    private static void line(StringBuilder s, String label, String value) {
        s.append("  ").append(label).append(':').append(" ".repeat(Math.max(1, 12 - label.length()))).append(Printable.of(value))
                .append('\n');
    }

    /** One JSON object on one line. */
    static String json(Resolution r) {
        return json(g -> fields(g, r));
    }

    /** One JSON object for an error read from a response: the server's side, then the catalog's. */
    static String json(ApiError error, Resolution r) {
        return json(g -> {
            g.writeStringProperty("apiVersion", error.version().name());
            writeOptional(g, "requestId", error.requestId());
            writeOptional(g, "serverMessage", error.message());
            fields(g, r);
        });
    }

    static String json(Consumer<JsonGenerator> body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(tools.jackson.core.ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            body.accept(g);
            g.writeEndObject();
        }
        return out.toString();
    }

    private static void fields(JsonGenerator g, Resolution r) {
        g.writeStringProperty("product", r.product().value());
        g.writeStringProperty("requested", r.requested());
        g.writeStringProperty("matched", r.matchedCode().map(Object::toString).orElse(null));
        g.writeStringProperty("matchedProduct", r.matchedProduct().map(Object::toString).orElse(null));
        g.writeBooleanProperty("exact", r.exact());
        g.writeStringProperty("kind", r.kind().name());
        g.writeStringProperty("locale", r.locale().toLanguageTag());
        g.writeStringProperty("message", r.message());
        entryFields(g, r);
        g.writeStringProperty("explanation", r.explain());
    }

    /** The optional fields of an entry, each written only when present. */
    static void entryFields(JsonGenerator g, Resolution r) {
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
        writeOptional(g, "successor", r.successor().map(Object::toString));
        origin(g, "origin", r.origin());
        r.solution().ifPresent(sol -> {
            g.writeName("solution");
            g.writeStartObject();
            g.writeStringProperty("text", sol.text());
            g.writeStringProperty("locale", sol.locale().toLanguageTag());
            origin(g, "origin", sol.origin());
            g.writeEndObject();
        });
        if (!r.apiVersions().isEmpty()) {
            g.writeName("apiVersions");
            g.writeStartArray();
            r.apiVersions().forEach(g::writeString);
            g.writeEndArray();
        }
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
