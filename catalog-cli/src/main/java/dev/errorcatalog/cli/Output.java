package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.i18n.ErrorCatalogException;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** --format, --json and --arg, shared by every command that prints results; each format is one class. */
final class Output {
    enum Format { text, json, markdown }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text, json or markdown (default: text).")
    Format format;

    @Option(names = "--json", hidden = true, description = "The same as --format json.")
    boolean json;

    @Option(names = "--arg", paramLabel = "NAME=VALUE", description = "Fills the message's argument NAME with VALUE; repeatable.")
    List<String> args = new ArrayList<>();

    /** The --arg values by name; fails naming the first that is not NAME=VALUE. */
    Map<String, Object> arguments() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (String nameValue : args) {
            int eq = nameValue.indexOf('=');
            if (eq <= 0) {
                throw new CliException(ExitCode.BAD_INPUT, "--arg " + CliException.quoted(nameValue) + " is not NAME=VALUE");
            }
            String value = nameValue.substring(eq + 1);
            Number number = number(value.strip());
            arguments.put(nameValue.substring(0, eq).strip(), number != null ? number : value);
        }
        return arguments;
    }

    Format format() {
        return format != null ? format : json ? Format.json : Format.text;
    }

    Renderer renderer(PrintWriter out) {
        Map<String, Object> arguments = arguments();
        return switch (format()) {
            case text -> new TextFormat(out, arguments, Terminal.ofStandardOutput());
            case json -> new JsonFormat(out, arguments);
            case markdown -> new MarkdownFormat(out, arguments);
        };
    }

    /** A product as the products command shows it. */
    record ProductRow(String product, List<Locale> locales, int codes, String dataVersion) {
    }

    /** A code found by search, with how well it matched. */
    record Hit(Resolution resolution, int score) {
    }

    /** What each format prints, one method per kind of result. */
    interface Renderer {
        /** lookup and explain: one or more answers for one input. */
        void answers(List<Answer> answers);

        /** list: every code of a product. */
        void entries(List<Resolution> entries);

        void hits(List<Hit> hits);

        void products(List<ProductRow> rows);

        /** export: the whole catalog of one product. */
        void export(ErrorCatalog catalog, String product, Locale locale);
    }

    /** The most digits a value given as a number has, before or after its point: formatting more takes ICU seconds. */
    static final int MAX_NUMBER_DIGITS = 100;

    /**
     * A value that reads as a number is given as one, so that {count, number} can format it; one of more than
     * {@value #MAX_NUMBER_DIGITS} digits on either side of its point stays text, which such a pattern refuses at once.
     */
    private static Number number(String text) {
        if (text.length() > 2 * MAX_NUMBER_DIGITS) {
            return null; // not parsed at all: a pasted megabyte of digits takes seconds to read as a number
        }
        try {
            if (text.matches("-?[0-9]+")) {
                try {
                    return Long.valueOf(text);
                } catch (NumberFormatException tooLargeForALong) {
                    return digitsWithin(new java.math.BigDecimal(text));
                }
            }
            return digitsWithin(new java.math.BigDecimal(text));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static java.math.BigDecimal digitsWithin(java.math.BigDecimal number) {
        long beforePoint = (long) number.precision() - number.scale();
        return beforePoint > MAX_NUMBER_DIGITS || number.scale() > MAX_NUMBER_DIGITS ? null : number;
    }

    static String message(Resolution r, Map<String, Object> arguments) {
        if (arguments.isEmpty()) {
            return r.message();
        }
        try {
            return r.message(arguments);
        } catch (ErrorCatalogException | IllegalArgumentException e) {
            throw new CliException(ExitCode.BAD_INPUT, "--arg does not fit the message of " + CliException.quoted(r.requested()) + ": "
                    + e.getMessage());
        }
    }
}
