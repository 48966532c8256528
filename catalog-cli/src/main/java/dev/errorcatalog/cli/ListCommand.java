package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Locale;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Every code a product declares, with its message.")
final class ListCommand extends CatalogCommand {
    @Option(names = "--json", description = "One JSON object per line, per code.")
    boolean json;

    @Override
    public void run() {
        ErrorCatalog catalog = catalog();
        Locale locale = locale();
        PrintWriter out = out();
        for (Resolution r : catalog.entries(options.product, locale)) {
            out.println(json ? ResolutionOutput.json(r) : r.requested() + "\t" + r.message());
        }
    }
}
