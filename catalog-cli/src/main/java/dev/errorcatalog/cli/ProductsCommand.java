package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.Product;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.ArrayList;
import java.util.List;

@Command(name = "products", mixinStandardHelpOptions = true,
        description = "Each product id (common included), the locales it ships, its code count and its data version.",
        footerHeading = "%nExample:%n", footer = "  errorcatalog products --format markdown")
final class ProductsCommand implements Runnable {
    @ParentCommand
    ErrorCatalogCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    Output output;

    @Override
    public void run() {
        ErrorCatalog catalog = parent.catalog();
        List<Output.ProductRow> rows = new ArrayList<>();
        for (ProductId id : catalog.products()) {
            Product info = catalog.product(id);
            rows.add(new Output.ProductRow(id.value(), info.locales(), info.codes().size(),
                    catalog.product(id.value()).provenance().dataVersion().orElse("(not stated)")));
        }
        output.renderer(spec.commandLine().getOut()).products(rows);
    }
}
