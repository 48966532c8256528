package consumer;

import dev.errorcatalog.ErrorCatalog;

import java.util.Locale;

/** Code of a modular application: the catalog is found through the module system's service binding. */
public final class Messages {
    private Messages() {
    }

    public static String of(String product, String code, Locale locale) {
        return ErrorCatalog.load().resolve(product, code, locale).message();
    }
}
