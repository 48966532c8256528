package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.Product;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import dev.errorcatalog.all.EveryProduct;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        Reach reach = Reach.of(catalog);
        // catalog-all's products from its index (ids, locales, counts, the data's version), none of them made
        Map<String, EveryProduct.Summary> indexed = new HashMap<>();
        reach.every().summaries().forEach(s -> indexed.put(s.product().value(), s));
        List<Output.ProductRow> rows = new ArrayList<>();
        for (ProductId id : catalog.products()) {
            if (reach.collected(id.value())) {
                EveryProduct.Summary s = indexed.get(id.value());
                rows.add(new Output.ProductRow(id.value(), s.locales(), s.codes(), reach.every().dataVersion()));
                continue;
            }
            Product info = catalog.product(id);
            rows.add(new Output.ProductRow(id.value(), info.locales(), info.codes().size(),
                    info.provenance().dataVersion().orElse("(not stated)")));
        }
        output.renderer(spec.commandLine().getOut()).products(rows);
    }
}
