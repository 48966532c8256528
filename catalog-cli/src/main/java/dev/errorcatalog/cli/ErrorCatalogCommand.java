package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.all.EveryProduct;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The top-level command: the catalog is loaded once, on first use by a subcommand. */
@Command(name = "errorcatalog", mixinStandardHelpOptions = true, versionProvider = ErrorCatalogCommand.Version.class,
        description = "Tencent Cloud API error codes, resolved to English or Simplified Chinese messages.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:not found (lookup: a code no product holds exactly; search: no match), or the input is not"
                        + " what was asked for (explain: a success response)",
                "2:bad usage or bad input", "3:a fault of the program itself"},
        footerHeading = "%nExamples:%n",
        footer = {"  errorcatalog lookup InvalidParameterValue.FileIdsTooMany",
                "  errorcatalog explain response.json     (a file, -, or the JSON or line itself)",
                "  errorcatalog search 未开通",
                "  With your own product module on the class path:",
                "  java -cp errorcatalog.jar:my-module.jar dev.errorcatalog.cli.Main products"})
final class ErrorCatalogCommand implements Runnable {
    private ErrorCatalog catalog;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    ErrorCatalog catalog() {
        if (catalog == null) {
            catalog = LoadedCatalog.get();
        }
        return catalog;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The commands, in the order help lists them; each is built only when it is the one asked for, or for help. */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("products", ProductsCommand::new);
        COMMANDS.put("lookup", LookupCommand::new);
        COMMANDS.put("explain", ExplainCommand::new);
        COMMANDS.put("search", SearchCommand::new);
        COMMANDS.put("actions", ActionsCommand::new);
        COMMANDS.put("list", ListCommand::new);
        COMMANDS.put("export", ExportCommand::new);
        COMMANDS.put("generate", GenerateCommand::new);
        COMMANDS.put("data-diff", DataDiffCommand::new);
        COMMANDS.put("site", SiteCommand::new);
        COMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    /**
     * The command line for these arguments. Picocli reads every command's annotations when it is added, which is
     * most of its start-up: when the first argument names a command, only that one is added.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(new ErrorCatalogCommand(), out, err, args);
    }

    /** The command line over a catalog built beforehand (tests: a catalog of products of their own). */
    static CommandLine commandLine(ErrorCatalog catalog, PrintWriter out, PrintWriter err, String... args) {
        ErrorCatalogCommand command = new ErrorCatalogCommand();
        command.catalog = catalog;
        return commandLine(command, out, err, args);
    }

    private static CommandLine commandLine(ErrorCatalogCommand top, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(top);
        String first = args.length > 0 ? args[0].strip().toLowerCase(Locale.ROOT) : "";
        if (COMMANDS.containsKey(first) && !first.equals("help")) {
            cli.addSubcommand(first, COMMANDS.get(first).get());
        } else {
            COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        cli.setOut(out);
        cli.setErr(err);
        // "@file" arguments are taken as they are: expanding them would read any file, /dev/zero included, without end.
        cli.setExpandAtFiles(false);
        // Forgiving: --Product VOD, LOOKUP and --format JSON are what was meant.
        cli.setOptionsCaseInsensitive(true);
        cli.setSubcommandsCaseInsensitive(true);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, given) -> {
            e.getCommandLine().getErr().println(errorLine(notACommand(e, given).orElse(e.getMessage()))
                    + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return ExitCode.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof CliException c && c.isQuiet()) {
                return c.exitCode; // the answer is printed: the status says the rest
            }
            command.getErr().println(errorLine(describe(e)));
            return exitCodeOf(e);
        });
        return cli;
    }

    /**
     * When the first argument is no command, not even one within two edits of it ({@code lookpu}): what it is, with
     * the commands it may have meant. Empty for any other mistake, which picocli words.
     */
    static Optional<String> notACommand(CommandLine.ParameterException e, String[] given) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException) || e.getCommandLine().getParent() != null
                || given.length == 0 || given[0].startsWith("-")) {
            return Optional.empty();
        }
        String word = given[0].strip().toLowerCase(Locale.ROOT);
        List<String> meant = COMMANDS.keySet().stream().filter(c -> Finder.edits(word, c, 2) <= 2).toList();
        return Optional.of(CliException.quoted(given[0]) + " is not a command" + (meant.isEmpty() ? "; the commands: "
                + String.join(", ", COMMANDS.keySet()) : "; did you mean " + String.join(" or ", meant) + "?"));
    }

    /** The line on standard error (see {@link Failure#line}). */
    static String errorLine(String what) {
        return Failure.line(what);
    }

    private static String describe(Exception e) {
        return Failure.describe(e);
    }

    private static int exitCodeOf(Exception e) {
        return Failure.exitCode(e);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ErrorCatalogCommand.class.getPackage().getImplementationVersion();
            // the data's version from catalog-all's index alone: no product is read to say it
            EveryProduct every = new EveryProduct();
            return new String[]{"errorcatalog " + (version == null ? "(development build)" : version),
                    "data: " + every.dataVersion() + " (" + every.summaries().size() + " products of the official lists)"};
        }
    }
}
