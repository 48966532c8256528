package dev.errorcatalog.cli;

import dev.errorcatalog.ApiError;
import dev.errorcatalog.Correction;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ActionCheck;
import dev.errorcatalog.CallKinds;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.Meaning;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.Source;
import dev.errorcatalog.i18n.Printable;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The text for people: a block per answer, a line per code. Everything shown goes through {@link Printable}. */
final class TextFormat implements Output.Renderer {
    private final PrintWriter out;
    private final Map<String, Object> arguments;
    private final Terminal terminal;

    TextFormat(PrintWriter out, Map<String, Object> arguments, Terminal terminal) {
        this.out = out;
        this.arguments = arguments;
        this.terminal = terminal;
    }

    /** A seed document's file name after its title, {@code (003_cceb94865ab093b4.txt)}: a name no user can open. */
    private static final Pattern SEED_FILE = Pattern.compile("\\s*\\([0-9]{3}_[0-9a-f]{16}\\.txt\\)");

    /**
     * A source for people, as {@link Source#describe()} words it but a document named by its title and publisher
     * rather than by the file name it was stored under: {@code DOCUMENT KMS error codes, English (Tencent Cloud
     * documentation)}.
     */
    static String sourceWords(Source source) {
        String title = SEED_FILE.matcher(source.title()).replaceAll("");
        return source.kind() + " " + title + (source.version().isEmpty() ? "" : " " + source.version())
                + (source.kind() == Source.Kind.DOCUMENT && !source.licence().isEmpty() ? " (" + source.licence() + ")" : "");
    }

    /** A data version for people: the seed file names left out, as for a source. */
    static String dataWords(String dataVersion) {
        return SEED_FILE.matcher(dataVersion).replaceAll("");
    }

    @Override
    public void answers(List<Answer> answers) {
        Answer first = answers.get(0);
        first.error().ifPresent(this::server);
        if (first.miss()) { // said first: what follows is a fallback, or nothing
            out.println(terminal.yellow(terminal.wrap(Printable.of(first.missWords()), 2)));
        }
        if (!first.alsoIn().isEmpty()) {
            String code = Printable.of(first.resolution().requested());
            out.println(code + ": an API 2.0 code, answered by " + first.resolution().product() + "; " + first.alsoIn().size()
                    + " other products have it as an API 3.0 code (errorcatalog lookup " + code + ")");
        }
        List<String> products = answers.stream().flatMap(a -> a.products().stream())
                .sorted(Comparator.comparing((ProductId p) -> p.isCommon()).thenComparing(p -> p.value()))
                .map(p -> p.value()).toList();
        if (products.size() > 1 && !first.miss()) { // a fallback of several products is no code of theirs
            out.println(Printable.of(answers.get(0).resolution().requested()) + " is a code of " + products.size() + " products: "
                    + String.join(", ", products) + (answers.size() < products.size() ? "; " + answers.size()
                    + (answers.size() == 1 ? " answer" : " different answers") : ""));
        }
        for (Answer a : answers) {
            out.print(block(a));
        }
    }

    // What a server sent is shown, never obeyed: a terminal escape in it is printed as an escape.
    private void server(ApiError error) {
        out.println("code:            " + Printable.of(error.code()) + "  (API " + error.version() + ")");
        out.println("request id:      " + Printable.of(error.requestId().orElse("(none)")));
        out.println("server message:  " + Printable.of(error.message().orElse("(none)")));
    }

    private String block(Answer a) {
        Resolution r = a.resolution();
        StringBuilder s = new StringBuilder();
        s.append(terminal.bold(Printable.of(r.requested()))).append("  (").append(a.shared() ? a.products().size() + " products" : r.product())
                .append(", ").append(r.locale().toLanguageTag()).append(a.miss() && r.found() ? ", fallback" : "").append(")\n");
        if (a.shared()) {
            line(s, "products", a.products().stream().map(p -> p.value()).collect(Collectors.joining(", ")));
        }
        line(s, "matched", r.found()
                ? matchedWhere(a) + r.matchedCode().orElseThrow() + " (" + matchWords(r.kind()) + ")"
                : "nothing (unknown code)");
        if (r.kind() != MatchKind.EXACT) { // a common code is the very code asked for, yet not the product's: say so
            line(s, "why", r.explain());
        }
        a.note().ifPresent(n -> line(s, "note", n));
        r.title().ifPresent(t -> line(s, "title", t));
        line(s, "message", Output.message(r, arguments));
        line(s, "retry", retryWords(a));
        r.action().ifPresent(c -> line(s, "action", actionWords(c)));
        line(s, "source", sourceWords(r.origin()));
        r.correction().ifPresent(c -> line(s, "corrects", correctionWords(c)));
        r.solution().ifPresent(sol -> line(s, "solution", sol.text() + "  (" + sourceWords(sol.origin()) + ")"));
        if (!r.apiVersions().isEmpty() && !a.shared()) { // each product has its own
            line(s, "api", String.join(", ", r.apiVersions()));
        }
        r.helpUrl().ifPresent(u -> line(s, "help", u.toString()));
        r.successor().ifPresent(c -> line(s, "successor", c + " (API 3.0)"));
        for (Meaning m : r.variants()) {
            line(s, "also means", m.title().map(t -> t + ": ").orElse("") + m.message());
        }
        return s.toString();
    }

    /**
     * The failed call's action and what its list says of the code, for people:
     * {@code kms DescribeKey 2019-01-18, a read: listed for it}; or the note of a code it does not list.
     */
    static String actionWords(ActionCheck c) {
        String call = c.action() + ", a " + CallKinds.standard().kindOf(c.action()).name().toLowerCase(Locale.ROOT)
                .replace('_', ' ') + ": ";
        return call + switch (c.listing()) {
            case LISTED -> "listed for it";
            case COMMON -> "a common code, which any action may return";
            case NOT_LISTED -> "not listed for it: check the product, version and endpoint";
            case UNKNOWN_ACTION -> "no list to check it against";
        };
    }

    /** The product whose entry matched: for an answer many products share, each product's own, unless another's (common). */
    static String matchedWhere(Answer a) {
        Resolution r = a.resolution();
        String matched = r.matchedProduct().orElseThrow().toString();
        return a.shared() && matched.equals(r.product().value()) ? "each product's " : matched + ":";
    }

    /** Which step of the order answered ({@link MatchKind}), in words: a common code is not the product's own entry. */
    static String matchWords(MatchKind kind) {
        return switch (kind) {
            case EXACT -> "exact";
            case COMMON -> "common code";
            case PARENT -> "parent code";
            case COMMON_PARENT -> "common parent code";
            case NONE -> "nothing";
        };
    }

    /**
     * The retry advice and why it is given, for people:
     * {@code THROTTLED (rule throttling of live:LimitExceeded.RateLimitExceeded: name "RateLimit")}; the bare advice
     * when there is none ({@code UNKNOWN}). Every format shows it in these words.
     */
    static String retryWords(Resolution r) {
        return retryWords(r, false);
    }

    /** The same for an answer: one many products share names each product's own advising entry, as its match does. */
    static String retryWords(Answer a) {
        return retryWords(a.resolution(), a.shared());
    }

    private static String retryWords(Resolution r, boolean shared) {
        return r.retryEvidence().map(e -> {
            String own = r.product().value() + ":";
            String by = shared && e.decidedBy().startsWith(own) ? "each product's " + e.decidedBy().substring(own.length()) : e.decidedBy();
            return r.retry().name() + " (rule " + e.rule() + " of " + by + (e.evidence().isEmpty() ? "" : ": " + e.evidence()) + ")";
        }).orElse(r.retry().name());
    }

    /**
     * The official text a correction replaces, where it came from and why:
     * {@code SDK tencentcloud-sdk-java 3.2.11: "the official text" — why}. Not yet made printable: each format quotes it.
     */
    static String correctionWords(Correction c) {
        return sourceWords(c.corrected()) + ": \"" + c.replaced() + "\"" + (c.why().isEmpty() ? "" : " — " + c.why());
    }

    /** A labelled line of a block; a value wider than the terminal wraps under its own column, not at column 0. */
    private void line(StringBuilder s, String label, String value) {
        String head = "  " + label + ':' + " ".repeat(Math.max(1, 12 - label.length()));
        s.append(terminal.dim(head)).append(terminal.wrap(Printable.of(value), head.length())).append('\n');
    }

    @Override
    public void entries(List<Resolution> entries) {
        for (Resolution r : entries) {
            out.println(r.requested() + "\t" + Printable.of(Output.message(r, arguments)));
        }
    }

    @Override
    public void hits(List<Output.Hit> hits) {
        // the columns as wide as their widest value, so the messages start in one column
        int product = hits.stream().mapToInt(h -> h.resolution().product().value().length()).max().orElse(0);
        int code = hits.stream().mapToInt(h -> Printable.of(h.resolution().requested()).length()).max().orElse(0);
        for (Output.Hit h : hits) {
            Resolution r = h.resolution();
            String head = String.format("%-" + Math.max(8, product) + "s %-" + code + "s  ", r.product(), Printable.of(r.requested()));
            out.println(terminal.bold(head.stripTrailing()) + head.substring(head.stripTrailing().length())
                    + terminal.wrap(Printable.of(Output.message(r, arguments)), head.length()));
        }
    }

    @Override
    public void products(List<Output.ProductRow> rows) {
        for (Output.ProductRow row : rows) {
            out.printf("%-8s %-12s %4d codes  data: %s%n", row.product(),
                    row.locales().stream().map(Locale::toLanguageTag).collect(Collectors.joining(", ")), row.codes(),
                    dataWords(row.dataVersion()));
        }
    }

    /**
     * A line per code as {@code list} gives it, then the retry advice and why, and, for a message that is a
     * correction, what it corrects: tab-separated columns, each made printable, so a tab in a text cannot add one.
     */
    @Override
    public void export(ErrorCatalog catalog, String product, Locale locale) {
        for (Resolution r : catalog.product(product).entries(locale)) {
            out.println(r.requested() + "\t" + Printable.of(Output.message(r, arguments)) + "\t" + Printable.of(retryWords(r))
                    + r.correction().map(c -> "\tcorrects " + Printable.of(correctionWords(c))).orElse(""));
        }
    }
}
