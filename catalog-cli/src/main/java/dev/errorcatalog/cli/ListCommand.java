package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import picocli.CommandLine.Command;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Every code of one product (common unless --product says otherwise), with its message in --locale:"
                + " a line per code. export gives more of each code (retry advice and why, every locale in JSON)."},
        footerHeading = "%nExample:%n", footer = "  errorcatalog list -p kms -l zh-CN")
final class ListCommand extends CatalogCommand {
    @Override
    public void run() {
        ErrorCatalog catalog = catalog();
        String product = options.one(catalog, "common");
        renderer().entries(catalog.product(product).entries(locale(product)));
    }
}
