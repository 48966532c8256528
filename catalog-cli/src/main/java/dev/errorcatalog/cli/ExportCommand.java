package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.Meaning;
import dev.errorcatalog.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "The whole catalog of one product: a JSON array (every code once, its text in every locale with where each came from)"
                + " or the Markdown table the source documents use (in --locale).")
final class ExportCommand extends CatalogCommand {
    enum Format { json, markdown }

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", description = "json or markdown.")
    Format format;

    @Override
    public void run() {
        ErrorCatalog catalog = catalog();
        Locale locale = locale();
        List<Resolution> entries = catalog.entries(options.product, locale);
        PrintWriter out = out();
        if (format == Format.json) {
            json(catalog, out);
            return;
        }
        markdown(entries, locale, out);
    }

    /**
     * One object per code with its text in every locale the product ships, each with where it came from; the
     * metadata (retry, help link, API versions) once.
     */
    private void json(ErrorCatalog catalog, PrintWriter out) {
        List<Locale> locales = catalog.product(options.product).locales();
        Map<Locale, Map<String, Resolution>> byLocale = new LinkedHashMap<>();
        for (Locale l : locales) {
            Map<String, Resolution> codes = new LinkedHashMap<>();
            catalog.entries(options.product, l).forEach(r -> codes.put(r.requested(), r));
            byLocale.put(l, codes);
        }
        List<Resolution> first = List.copyOf(byLocale.get(locales.get(0)).values());
        out.println("[");
        for (int i = 0; i < first.size(); i++) {
            Resolution r = first.get(i);
            out.println("  " + ResolutionOutput.json(g -> {
                g.writeStringProperty("product", r.product().value());
                g.writeStringProperty("code", r.requested());
                g.writeStringProperty("retry", r.retry().name());
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
                            g.writeStringProperty("text", m.message());
                            g.writeEndObject();
                        });
                        g.writeEndArray();
                    }
                    if (!in.locale().equals(l)) {
                        g.writeStringProperty("locale", in.locale().toLanguageTag());
                    }
                    ResolutionOutput.origin(g, "origin", in.origin());
                    g.writeEndObject();
                });
                g.writeEndObject();
                if (byLocale.values().stream().anyMatch(codes -> codes.get(r.requested()).solution().isPresent())) {
                    g.writeName("solution");
                    g.writeStartObject();
                    byLocale.forEach((l, codes) -> codes.get(r.requested()).solution().ifPresent(sol -> {
                        g.writeName(l.toLanguageTag());
                        g.writeStartObject();
                        g.writeStringProperty("text", sol.text());
                        ResolutionOutput.origin(g, "origin", sol.origin());
                        g.writeEndObject();
                    }));
                    g.writeEndObject();
                }
            }) + (i < first.size() - 1 ? "," : ""));
        }
        out.println("]");
    }

    /** One row per meaning, so a code the document lists several times (legacy AuthFailure) is listed as often. */
    private static void markdown(List<Resolution> entries, Locale locale, PrintWriter out) {
        boolean chinese = locale.getLanguage().equals("zh");
        boolean titled = entries.stream().anyMatch(r -> r.title().isPresent());
        List<String> header = new ArrayList<>(List.of(chinese ? "错误码" : "Error code"));
        if (titled) {
            header.add(chinese ? "错误类型" : "Error type");
        }
        header.add(chinese ? "说明" : "Description");
        out.println("| " + String.join(" | ", header) + " |");
        out.println("|" + "---|".repeat(header.size()));
        for (Resolution r : entries) {
            List<Meaning> meanings = new ArrayList<>();
            meanings.add(new Meaning(r.title(), r.message()));
            meanings.addAll(r.variants());
            for (Meaning m : meanings) {
                out.println("| " + cell(r.requested()) + (titled ? " | " + cell(m.title().orElse("")) : "")
                        + " | " + cell(m.message()) + " |");
            }
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
