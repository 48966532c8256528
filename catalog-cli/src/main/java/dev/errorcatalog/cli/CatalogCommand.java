package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.i18n.Printable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.Locale;

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

    /**
     * The locale of {@code product} closest to --locale; when it is another language than the one asked for, a note
     * on standard error says which answered (standard output stays the listing).
     */
    Locale locale(String product) {
        Locale locale = options.negotiate(catalog(), product);
        Locale asked = options.asked();
        if (!asked.getLanguage().isEmpty() && !asked.getLanguage().equals(locale.getLanguage())) {
            spec.commandLine().getErr().println(Printable.of("errorcatalog: note: " + product + " has no "
                    + asked.toLanguageTag() + "; answered in " + locale.toLanguageTag()));
        }
        return locale;
    }

    Output.Renderer renderer() {
        return output.renderer(spec.commandLine().getOut());
    }
}
