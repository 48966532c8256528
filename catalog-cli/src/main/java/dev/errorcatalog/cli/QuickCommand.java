package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code explain} and {@code search} with nothing but their own options (--product, --locale, --format or --json, and
 * search's --limit) and plain arguments, run without building picocli's command line, as {@link QuickLookup} answers
 * lookup: picocli's classes are Java 5 class files, which no class-data sharing archive holds, and reading them and
 * the commands' annotations is most of a command's start-up. The command object itself is made and run, so its
 * answer and its failures are the command line's; anything the command line would read otherwise (help, "--", an
 * option given twice, one attached to its value, an argument starting with '-') is left to it.
 */
final class QuickCommand {
    private QuickCommand() {
    }

    /** Each option the quick path takes, by every name it may be given (any case), to its long name. */
    private static final Map<String, String> COMMON = Map.of("-p", "--product", "--product", "--product", "-l", "--locale",
            "--locale", "--locale", "-f", "--format", "--format", "--format", "--json", "--json");

    /** The exit code when this ran the command, empty when the command line must. */
    static OptionalInt run(PrintWriter out, PrintWriter err, String... args) {
        if (args.length < 2) {
            return OptionalInt.empty();
        }
        String name = args[0].strip().toLowerCase(Locale.ROOT);
        if (!name.equals("explain") && !name.equals("search")) {
            return OptionalInt.empty();
        }
        boolean search = name.equals("search");
        CatalogOptions options = new CatalogOptions();
        options.locale = "en"; // picocli's default
        Output output = new Output();
        int limit = 10; // search's default
        List<String> arguments = new ArrayList<>();
        Set<String> given = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-") || !arg.startsWith("-")) {
                arguments.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String typed = (eq > 0 ? arg.substring(0, eq) : arg).toLowerCase(Locale.ROOT);
            String option = COMMON.get(typed);
            if (option == null && search && (typed.equals("-n") || typed.equals("--limit"))) {
                option = "--limit";
            }
            // an option given twice is the command line's to refuse
            if (option == null || !given.add(option)) {
                return OptionalInt.empty();
            }
            if (option.equals("--json")) {
                if (eq > 0) {
                    return OptionalInt.empty();
                }
                output.json = true;
                continue;
            }
            String value;
            if (eq > 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                value = args[++i];
            } else {
                return OptionalInt.empty();
            }
            switch (option) {
                case "--product" -> options.product(value);
                case "--locale" -> options.locale = value;
                case "--format" -> {
                    try {
                        output.format = Output.Format.valueOf(value.toLowerCase(Locale.ROOT));
                    } catch (IllegalArgumentException notAFormat) {
                        return OptionalInt.empty();
                    }
                }
                default -> {
                    try {
                        limit = Integer.parseInt(value);
                    } catch (NumberFormatException notANumber) {
                        return OptionalInt.empty();
                    }
                }
            }
        }
        CatalogCommand command;
        if (search) {
            if (arguments.isEmpty()) {
                return OptionalInt.empty();
            }
            SearchCommand s = new SearchCommand();
            s.words = arguments;
            s.limit = limit;
            command = s;
        } else {
            if (arguments.size() != 1) {
                return OptionalInt.empty();
            }
            ExplainCommand e = new ExplainCommand();
            e.input = arguments.get(0);
            command = e;
        }
        command.options = options;
        command.output = output;
        try {
            command.runDirectly(once(ErrorCatalog::load), out, err);
            return OptionalInt.of(ExitCode.OK);
        } catch (RuntimeException e) {
            if (e instanceof CliException c && c.isQuiet()) {
                return OptionalInt.of(c.exitCode);
            }
            // as the command line's execution-exception handler prints it
            err.println(Failure.line(Failure.describe(e)));
            return OptionalInt.of(Failure.exitCode(e));
        }
    }

    /** The catalog loaded on first use, once: a command that refuses its input before reading any never loads it. */
    private static Supplier<ErrorCatalog> once(Supplier<ErrorCatalog> load) {
        ErrorCatalog[] loaded = new ErrorCatalog[1];
        return () -> {
            if (loaded[0] == null) {
                loaded[0] = load.get();
            }
            return loaded[0];
        };
    }
}
