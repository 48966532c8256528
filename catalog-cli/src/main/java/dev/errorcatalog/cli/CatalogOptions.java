package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import picocli.CommandLine.Option;

import java.util.Locale;

/** --product and --locale, shared by the commands that resolve codes. */
final class CatalogOptions {
    @Option(names = {"-p", "--product"}, paramLabel = "PRODUCT", defaultValue = "common",
            description = "Product id: common, vod, kms, live, legacy, or one of your own (default: ${DEFAULT-VALUE}).")
    String product;

    @Option(names = {"-l", "--locale"}, paramLabel = "LOCALE", defaultValue = "en",
            description = "Language tag or Accept-Language list: en, zh-CN, zh_CN, 'zh-CN, en;q=0.8' (default: ${DEFAULT-VALUE}).")
    String locale;

    /** Checks the product exists (the error lists those that do) and negotiates the locale. */
    Locale negotiate(ErrorCatalog catalog) {
        catalog.product(product);
        return catalog.negotiate(product, locale);
    }
}
