package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.Meaning;
import dev.errorcatalog.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "The whole catalog of one product, as a JSON array or as the Markdown table the source documents use.")
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
            out.println("[");
            for (int i = 0; i < entries.size(); i++) {
                Resolution r = entries.get(i);
                out.println("  " + ResolutionOutput.json(g -> {
                    g.writeStringProperty("product", r.product().value());
                    g.writeStringProperty("code", r.requested());
                    g.writeStringProperty("locale", r.locale().toLanguageTag());
                    g.writeStringProperty("message", r.message());
                    ResolutionOutput.entryFields(g, r);
                }) + (i < entries.size() - 1 ? "," : ""));
            }
            out.println("]");
            return;
        }
        markdown(entries, locale, out);
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
