package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.i18n.text.LibraryText;
import dev.errorcatalog.Meaning;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.i18n.Printable;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Markdown tables, to paste into a ticket or a document; export gives the table the source documents use. */
final class MarkdownFormat implements Output.Renderer {
    private final PrintWriter out;
    private final Map<String, Object> arguments;
    /** Whether the table of answers has its header: lookup gives the answers to each code in turn. */
    private boolean answering;

    MarkdownFormat(PrintWriter out, Map<String, Object> arguments) {
        this.out = out;
        this.arguments = arguments;
    }

    @Override
    public void answers(List<Answer> answers) {
        answers.get(0).error().ifPresent(e -> out.println("**Server:** `" + cell(e.code()) + "` " + cell(e.message().orElse(""))
                + e.requestId().map(id -> " (request id `" + cell(id) + "`)").orElse("") + "\n"));
        if (!answering) { // the answers to many codes are rows of one table
            table("Code", "Product", "Matched", "Message", "Retry", "Notes");
            answering = true;
        }
        for (Answer a : answers) {
            Resolution r = a.resolution();
            List<String> notes = new ArrayList<>();
            if (r.kind() != MatchKind.EXACT) { // a common answer is explained too: it is not the product's own entry
                notes.add(r.explain());
            }
            a.note().ifPresent(notes::add);
            r.correction().ifPresent(c -> notes.add("corrects " + TextFormat.correctionWords(c)));
            if (a.miss()) { // first: what the row shows is a fallback, or nothing
                notes.add(0, a.missWords() + (r.found() ? " (fallback)" : ""));
            }
            row(r.requested(), a.products().stream().map(p -> p.value()).collect(Collectors.joining(", ")),
                    r.found() ? TextFormat.matchedWhere(a) + r.matchedCode().orElseThrow() : "",
                    Output.message(r, arguments), TextFormat.retryWords(a), String.join("; ", notes));
        }
    }

    @Override
    public void entries(List<Resolution> entries) {
        table("Code", "Message");
        entries.forEach(r -> row(r.requested(), Output.message(r, arguments)));
    }

    @Override
    public void hits(List<Output.Hit> hits) {
        table("Product", "Code", "Message");
        hits.forEach(h -> row(h.resolution().product().value(), h.resolution().requested(), Output.message(h.resolution(), arguments)));
    }

    @Override
    public void products(List<Output.ProductRow> rows) {
        table("Product", "Locales", "Codes", "Data");
        rows.forEach(p -> row(p.product(), p.locales().stream().map(Locale::toLanguageTag).collect(Collectors.joining(", ")),
                String.valueOf(p.codes()), TextFormat.dataWords(p.dataVersion())));
    }

    private void table(String... header) {
        out.println("| " + String.join(" | ", header) + " |");
        out.println("|" + "---|".repeat(header.length));
    }

    private void row(String... cells) {
        List<String> shown = new ArrayList<>();
        for (String c : cells) {
            shown.add(cell(c));
        }
        out.println("| " + String.join(" | ", shown) + " |");
    }

    /**
     * One row per meaning, so a code the document lists several times (legacy AuthFailure) is listed as often; after
     * the document's columns, where any code has them, the retry advice and why, and the official text a correction
     * replaces (on the row of the message it corrects).
     */
    @Override
    public void export(ErrorCatalog catalog, String product, Locale locale) {
        List<Resolution> entries = catalog.product(product).entries(locale);
        LibraryText words = CliText.WORDS;
        boolean titled = entries.stream().anyMatch(r -> r.title().isPresent());
        boolean advised = entries.stream().anyMatch(r -> r.retryEvidence().isPresent());
        boolean corrected = entries.stream().anyMatch(r -> r.correction().isPresent());
        List<String> header = new ArrayList<>(List.of(words.text("column-code", locale)));
        if (titled) {
            header.add(words.text("column-type", locale));
        }
        header.add(words.text("column-description", locale));
        if (advised) {
            header.add(words.text("column-retry", locale));
        }
        if (corrected) {
            header.add(words.text("column-corrects", locale));
        }
        out.println("| " + String.join(" | ", header) + " |");
        out.println("|" + "---|".repeat(header.size()));
        for (Resolution r : entries) {
            List<Meaning> meanings = new ArrayList<>();
            meanings.add(new Meaning(r.title(), r.message()));
            meanings.addAll(r.variants());
            String corrects = r.correction().map(TextFormat::correctionWords).orElse("");
            for (Meaning m : meanings) {
                out.println("| " + cell(r.requested()) + (titled ? " | " + cell(m.title().orElse("")) : "")
                        + " | " + cell(m.message()) + (advised ? " | " + cell(TextFormat.retryWords(r)) : "")
                        + (corrected ? " | " + cell(corrects) : "") + " |");
                corrects = ""; // the correction is of the message, the first row
            }
        }
    }

    private static String cell(String text) {
        return Printable.of(text.replace("|", "\\|").replace("\n", " "));
    }
}
