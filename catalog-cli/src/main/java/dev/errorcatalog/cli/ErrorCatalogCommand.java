package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.i18n.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** The top-level command: the catalog is loaded once, on first use by a subcommand. */
@Command(name = "errorcatalog", mixinStandardHelpOptions = true, versionProvider = ErrorCatalogCommand.Version.class,
        description = "Tencent Cloud API error codes, resolved to English or Simplified Chinese messages.",
        subcommands = {ProductsCommand.class, LookupCommand.class, ExplainCommand.class, SearchCommand.class, ListCommand.class,
                ExportCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class},
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

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ErrorCatalogCommand());
        cli.setOut(out);
        cli.setErr(err);
        // "@file" arguments are taken as they are: expanding them would read any file, /dev/zero included, without end.
        cli.setExpandAtFiles(false);
        // Forgiving: --Product VOD, LOOKUP and --format JSON are what was meant.
        cli.setOptionsCaseInsensitive(true);
        cli.setSubcommandsCaseInsensitive(true);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println(Printable.of("errorcatalog: " + e.getMessage()
                    + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')"));
            return ExitCode.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println(Printable.of("errorcatalog: " + describe(e)));
            return exitCodeOf(e);
        });
        return cli;
    }

    private static String describe(Exception e) {
        if (e instanceof UncheckedIOException u) {
            return u.getCause().getMessage();
        }
        if (e instanceof CliException || e instanceof IllegalArgumentException || e instanceof IOException) {
            return e.getMessage();
        }
        return "internal error: " + e;
    }

    private static int exitCodeOf(Exception e) {
        if (e instanceof CliException c) {
            return c.exitCode;
        }
        if (e instanceof IllegalArgumentException || e instanceof IOException || e instanceof UncheckedIOException) {
            return ExitCode.BAD_INPUT;
        }
        return ExitCode.INTERNAL;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ErrorCatalogCommand.class.getPackage().getImplementationVersion();
            return new String[]{"errorcatalog " + (version == null ? "(development build)" : version)};
        }
    }
}
