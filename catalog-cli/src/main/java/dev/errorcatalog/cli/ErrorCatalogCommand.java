package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.all.EveryProduct;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The top-level command: the catalog is loaded once, on first use by a subcommand. */
@Command(name = "errorcatalog", mixinStandardHelpOptions = true, versionProvider = ErrorCatalogCommand.Version.class,
        description = "Tencent Cloud API error codes, resolved to English or Simplified Chinese messages.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the input was readable but is not what was asked for",
                "2:bad usage or bad input", "3:a fault of the program itself"},
        footerHeading = "%nExamples:%n",
        footer = {"  errorcatalog lookup InvalidParameterValue.FileIdsTooMany",
                "  errorcatalog explain response.json        (or -, or the JSON, SDK exception or log line itself)",
                "  errorcatalog search 未开通",
                "  java -cp errorcatalog.jar:my-module.jar dev.errorcatalog.cli.Main products   (your own product module)"})
final class ErrorCatalogCommand implements Runnable {
    private ErrorCatalog catalog;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    ErrorCatalog catalog() {
        if (catalog == null) {
            catalog = ErrorCatalog.load();
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
        COMMANDS.put("list", ListCommand::new);
        COMMANDS.put("export", ExportCommand::new);
        COMMANDS.put("generate", GenerateCommand::new);
        COMMANDS.put("data-diff", DataDiffCommand::new);
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
            e.getCommandLine().getErr().println(errorLine(e.getMessage())
                    + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return ExitCode.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println(errorLine(describe(e)));
            return exitCodeOf(e);
        });
        return cli;
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
