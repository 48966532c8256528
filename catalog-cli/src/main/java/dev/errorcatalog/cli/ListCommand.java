package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import picocli.CommandLine.Command;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Every code a product declares, with its message.",
        footerHeading = "%nExample:%n", footer = "  errorcatalog list -p kms -l zh-CN")
final class ListCommand extends CatalogCommand {
    @Override
    public void run() {
        ErrorCatalog catalog = catalog();
        String product = options.one(catalog, "common");
        renderer().entries(catalog.product(product).entries(locale(product)));
    }
}
