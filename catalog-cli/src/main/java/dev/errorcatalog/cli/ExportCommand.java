package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import picocli.CommandLine.Command;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "The whole catalog of one product (common unless --product says otherwise), more than list gives:"
                + " code, message and retry advice with why per line (and the official text a"
                + " correction replaces), a JSON array (every code once, its text in every locale with where each came from)"
                + " or the Markdown table the source documents use, the retry advice after it (in --locale).",
        footerHeading = "%nExample:%n", footer = "  errorcatalog export -p vod -l zh-CN --format markdown")
final class ExportCommand extends CatalogCommand {
    @Override
    public void run() {
        ErrorCatalog catalog = catalog();
        String product = options.one(catalog, "common");
        renderer().export(catalog, product, locale(product));
    }
}
