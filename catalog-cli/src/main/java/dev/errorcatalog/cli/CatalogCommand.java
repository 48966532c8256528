package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.i18n.Printable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Supplier;

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

    /** Where a command run without the command line (the quick path) reads and writes; null under picocli. */
    private Direct direct;

    private record Direct(Supplier<ErrorCatalog> catalog, PrintWriter out, PrintWriter err) {
    }

    /** Runs this command as picocli would, its options already set, without the command line (see QuickCommand). */
    void runDirectly(Supplier<ErrorCatalog> catalog, PrintWriter out, PrintWriter err) {
        direct = new Direct(catalog, out, err);
        run();
    }

    ErrorCatalog catalog() {
        return direct != null ? direct.catalog().get() : parent.catalog();
    }

    PrintWriter out() {
        return direct != null ? direct.out() : spec.commandLine().getOut();
    }

    PrintWriter err() {
        return direct != null ? direct.err() : spec.commandLine().getErr();
    }

    /**
     * The locale of {@code product} closest to --locale; when it is another language than the one asked for, a note
     * on standard error says which answered (standard output stays the listing).
     */
    Locale locale(String product) {
        Locale locale = options.negotiate(catalog(), product);
        Locale asked = options.asked();
        if (!asked.getLanguage().isEmpty() && !asked.getLanguage().equals(locale.getLanguage())) {
            err().println(Printable.of("errorcatalog: note: " + product + " has no "
                    + asked.toLanguageTag() + "; answered in " + locale.toLanguageTag()));
        }
        return locale;
    }

    Output.Renderer renderer() {
        return output.renderer(out());
    }
}
