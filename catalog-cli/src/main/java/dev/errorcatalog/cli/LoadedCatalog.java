package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;

/**
 * The installed catalog, loaded once per process: when the quick lookup leaves a command to the command line, the
 * catalog (and every problem it reports while loading) is not loaded a second time. A class of its own, not a member
 * of {@link ErrorCatalogCommand}, whose initialization makes a supplier of every command, picocli's help command
 * among them, which the class-data sharing archive cannot hold: the quick path never touches it.
 */
final class LoadedCatalog {
    private static ErrorCatalog loaded;

    private LoadedCatalog() {
    }

    static synchronized ErrorCatalog get() {
        if (loaded == null) {
            loaded = ErrorCatalog.load();
        }
        return loaded;
    }
}
