package dev.errorcatalog.cli;

import dev.errorcatalog.ApiError;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorEnvelope;
import dev.errorcatalog.ParsedResponse;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.i18n.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Read an API response (3.0 or 2.0 envelope) and explain its error in the chosen language.")
final class ExplainCommand extends CatalogCommand {
    @Option(names = "--json", description = "One JSON object.")
    boolean json;

    @Parameters(paramLabel = "FILE", description = "A file holding the response, or - for standard input.")
    String file;

    @Override
    public void run() {
        ErrorCatalog catalog = catalog();
        Locale locale = locale();
        ParsedResponse response = read();
        if (response instanceof ParsedResponse.Success success) {
            throw new CliException(ExitCode.NOT_APPLICABLE, "'" + file + "' is a successful API " + success.version()
                    + " response" + success.requestId().map(id -> " (request id " + id + ")").orElse("") + ", not an error");
        }
        ApiError error = ((ParsedResponse.Failure) response).error();
        Resolution r = catalog.resolve(options.product, error, locale);
        PrintWriter out = out();
        if (json) {
            out.println(ResolutionOutput.json(error, r));
            return;
        }
        // What a server sent is shown, never obeyed: a terminal escape in it is printed as an escape.
        out.println("code:            " + Printable.of(error.code()) + "  (API " + error.version() + ")");
        out.println("request id:      " + Printable.of(error.requestId().orElse("(none)")));
        out.println("server message:  " + Printable.of(error.message().orElse("(none)")));
        out.print(ResolutionOutput.text(r));
    }

    private ParsedResponse read() {
        try {
            if (file.equals("-")) {
                return ErrorEnvelope.parse(System.in);
            }
            Path path = Path.of(file);
            long size = Files.size(path);
            if (size > ErrorEnvelope.MAX_BYTES) {
                throw new CliException(ExitCode.BAD_INPUT, "'" + file + "' is " + size + " bytes, more than the "
                        + ErrorEnvelope.MAX_BYTES + " an API response may have");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return ErrorEnvelope.parse(in);
            }
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCode.BAD_INPUT, "'" + file + "': no such file");
        } catch (IOException e) {
            throw new CliException(ExitCode.BAD_INPUT, "'" + file + "' cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.BAD_INPUT, "'" + file + "': " + e.getMessage());
        }
    }
}
