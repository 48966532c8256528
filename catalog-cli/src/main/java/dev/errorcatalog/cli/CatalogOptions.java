package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.i18n.LanguageTags;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** --product and --locale, shared by the commands that resolve codes. */
final class CatalogOptions {
    String product;

    @Option(names = {"-p", "--product"}, paramLabel = "PRODUCT",
            description = "Product id: common, vod, kms, live, legacy, or one of your own; any case (default: every installed"
                    + " product; for list and export, common).")
    void product(String value) {
        String p = value.strip().toLowerCase(Locale.ROOT);
        product = p.isEmpty() ? null : p;
    }

    @Option(names = {"-l", "--locale"}, paramLabel = "LOCALE", defaultValue = "en",
            description = "Language tag or Accept-Language list: en, zh-CN, zh_cn, 'zh-CN, en;q=0.8' (default: ${DEFAULT-VALUE});"
                    + " a word that is no language (cn, chinese) is refused.")
    String locale;

    /** The product given, checked (the error lists those installed); for commands that need exactly one. */
    String one(ErrorCatalog catalog, String whenNone) {
        String p = product == null ? whenNone : product;
        catalog.product(p);
        return p;
    }

    /** The products to look in: the one given, or every installed product, common last. */
    List<String> scope(ErrorCatalog catalog) {
        if (product != null) {
            catalog.product(product);
            return List.of(product);
        }
        List<String> all = new ArrayList<>();
        for (ProductId id : catalog.products()) {
            if (!id.isCommon()) {
                all.add(id.value());
            }
        }
        all.add(ProductId.COMMON.value());
        return all;
    }

    /** The locale of {@code product} closest to --locale. */
    Locale negotiate(ErrorCatalog catalog, String product) {
        UnknownLanguageException.check(locale);
        return catalog.product(product).locale(locale);
    }

    /**
     * The language most wanted, to tell when a product answered in another: read as negotiation reads it, so a
     * language refused with {@code q=0} is never the one asked for; {@code und} when nothing is wanted.
     */
    Locale asked() {
        UnknownLanguageException.check(locale);
        List<Locale> wanted = LanguageTags.parseList(locale);
        return wanted.isEmpty() ? Locale.ROOT : wanted.get(0);
    }
}
