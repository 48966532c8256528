package dev.errorcatalog.cli;

import dev.errorcatalog.generator.DataDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;

@Command(name = "data-diff", mixinStandardHelpOptions = true,
        description = "What a new data release changes, as a user upgrading reads it: per product, the codes added, removed"
                + " and reworded (per language, the old text and the new), and the products added and removed, after a"
                + " summary line. OLD and NEW are two releases' facts folders (catalog-all/src/main/facts).")
final class DataDiffCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The facts folder of the data installed now.")
    Path old;

    @Parameters(index = "1", paramLabel = "NEW", description = "The facts folder of the data to upgrade to.")
    Path now;

    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public void run() {
        DataDiff diff = DataDiff.between(old, now);
        PrintWriter w = spec.commandLine().getOut();
        // every text and version is shown escaped by the diff itself: nothing of the facts acts on the terminal
        w.print(format == Format.json ? diff.json() : diff.text());
        w.flush();
    }
}
