package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.i18n.ErrorCatalogException;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code lookup} with nothing but --product, --locale, --format or --json and well-formed codes, answered without
 * building the command line: picocli reads every annotation of the command and most of its own classes before it
 * parses, which is more than half of a lookup's start-up. Anything else (help, --arg, a mistake of any kind) is left
 * to the command line, which says what is wrong; so is a product or locale the catalog refuses.
 */
final class QuickLookup {
    private QuickLookup() {
    }

    /** The exit code when this answered, empty when the command line must. */
    static OptionalInt run(PrintWriter out, String... args) {
        if (args.length < 2 || !args[0].strip().equalsIgnoreCase("lookup")) {
            return OptionalInt.empty();
        }
        CatalogOptions options = new CatalogOptions();
        options.locale = "en";
        Output output = new Output();
        List<String> codes = new ArrayList<>();
        // an option given twice is the command line's to refuse, as it would with any other option beside it
        Set<String> given = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                String code = arg.strip();
                if (!ErrorCode.isValid(code)) {
                    return OptionalInt.empty();
                }
                codes.add(code);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = (eq > 0 ? arg.substring(0, eq) : arg).toLowerCase(Locale.ROOT);
            // -p and --product are one option: the long name's first letter is the short name
            if (!given.add(name.startsWith("--") ? name.substring(2, Math.min(3, name.length())) : name.substring(1))) {
                return OptionalInt.empty();
            }
            if (name.equals("--json") && eq < 0) {
                output.json = true;
                continue;
            }
            String value;
            if (eq > 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return OptionalInt.empty();
            }
            switch (name) {
                case "-p", "--product" -> options.product(value);
                case "-l", "--locale" -> options.locale = value;
                case "-f", "--format" -> {
                    try {
                        output.format = Output.Format.valueOf(value.strip().toLowerCase(Locale.ROOT));
                    } catch (IllegalArgumentException notAFormat) {
                        return OptionalInt.empty();
                    }
                }
                default -> {
                    return OptionalInt.empty();
                }
            }
        }
        if (codes.isEmpty()) {
            return OptionalInt.empty();
        }
        ErrorCatalog catalog = LoadedCatalog.get();
        Finder finder;
        try {
            finder = new Finder(catalog, options);
            // a locale one product refuses every product refuses: the one given, or common, is asked, not every product
            options.negotiate(catalog, options.product != null ? options.product : "common");
        } catch (ErrorCatalogException | IllegalArgumentException refused) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(LookupCommand.answer(finder, output.renderer(out), codes));
    }
}
