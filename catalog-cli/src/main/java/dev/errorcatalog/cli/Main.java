package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import picocli.CommandLine;
import org.apiguardian.api.API;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

import static org.apiguardian.api.API.Status.INTERNAL;

/** Entry point of the runnable jar. */
@API(status = INTERNAL, since = "0.1.0")
public final class Main {
    private Main() {
    }

    /** java.util.logging's format for its console, read when the catalog first logs (never, without a problem). */
    static final String LOG_FORMAT = "java.util.logging.SimpleFormatter.format";

    /** Runs one command and exits with its code: 0 done, 1 not what was asked for, 2 bad usage or input, 3 a fault. */
    public static void main(String[] args) {
        // UTF-8 whatever the platform default, so Chinese messages survive any terminal setting.
        if (System.getProperty(LOG_FORMAT) == null) {
            // a problem the catalog reports while loading is one line on standard error ("errorcatalog: …"), not two
            System.setProperty(LOG_FORMAT, "%5$s%n");
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code;
        try {
            OptionalInt quick = quick(out, err, args);
            code = quick.isPresent() ? quick.getAsInt() : ErrorCatalogCommand.commandLine(out, err, args).execute(args);
        } catch (RuntimeException e) {
            err.println(ErrorCatalogCommand.errorLine("internal error: " + e));
            code = ExitCode.INTERNAL;
        } catch (StackOverflowError e) {
            // nothing the command line reads recurses by its size; should a dependency, a fault is one line, not a trace
            err.println(ErrorCatalogCommand.errorLine("internal error: the stack overflowed"));
            code = ExitCode.INTERNAL;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * lookup, explain and search with plain options, run without building the command line, which starts faster: the
     * exit code, or empty when the command line must run.
     */
    static OptionalInt quick(PrintWriter out, PrintWriter err, String... args) {
        OptionalInt quick = QuickLookup.run(out, args);
        return quick.isPresent() ? quick : QuickCommand.run(out, err, args);
    }

    /** Runs the command line without exiting, for tests in the same JVM. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = ErrorCatalogCommand.commandLine(out, err, args);
        return cli.execute(args);
    }

    /** Runs the command line over a catalog built beforehand, without exiting, for tests in the same JVM. */
    static int run(ErrorCatalog catalog, PrintWriter out, PrintWriter err, String... args) {
        return ErrorCatalogCommand.commandLine(catalog, out, err, args).execute(args);
    }
}
