package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.ProductInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Locale;
import java.util.stream.Collectors;

@Command(name = "products", mixinStandardHelpOptions = true,
        description = "Each product id (common included), the locales it ships, its code count and its data version.")
final class ProductsCommand implements Runnable {
    @ParentCommand
    ErrorCatalogCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        ErrorCatalog catalog = parent.catalog();
        for (ProductId id : catalog.products()) {
            ProductInfo info = catalog.product(id.value());
            spec.commandLine().getOut().printf("%-8s %-12s %4d codes  data: %s%n", id,
                    info.locales().stream().map(Locale::toLanguageTag).collect(Collectors.joining(", ")), info.codes().size(),
                    catalog.provenance(id.value()).dataVersion().orElse("(not stated)"));
        }
    }
}
