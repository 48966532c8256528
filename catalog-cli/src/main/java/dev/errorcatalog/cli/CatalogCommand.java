package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every command that resolves codes has: the catalog, --product and --locale, and the output format. */
abstract class CatalogCommand implements Runnable {
    @ParentCommand
    ErrorCatalogCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOptions options;

    @Mixin
    Output output;

    ErrorCatalog catalog() {
        return parent.catalog();
    }

    Output.Renderer renderer() {
        return output.renderer(spec.commandLine().getOut());
    }
}
