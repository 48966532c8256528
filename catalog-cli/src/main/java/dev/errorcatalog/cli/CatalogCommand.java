package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;

/** What every command that resolves codes has: the catalog, --product and --locale, and the output. */
abstract class CatalogCommand implements Runnable {
    @ParentCommand
    ErrorCatalogCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOptions options;

    ErrorCatalog catalog() {
        return parent.catalog();
    }

    /** The locale of the chosen product closest to --locale; fails naming the product when it is not installed. */
    Locale locale() {
        return options.negotiate(catalog());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
