package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Locale;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Every code a product declares, with its message.")
final class ListCommand implements Runnable {
    @ParentCommand
    ErrorCatalogCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOptions options;

    @Option(names = "--json", description = "One JSON object per line, per code.")
    boolean json;

    @Override
    public void run() {
        ErrorCatalog catalog = parent.catalog();
        Locale locale = options.negotiate(catalog);
        PrintWriter out = spec.commandLine().getOut();
        for (Resolution r : catalog.entries(options.product, locale)) {
            out.println(json ? ResolutionOutput.json(r) : r.requested() + "\t" + r.message());
        }
    }
}
