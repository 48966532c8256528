package dev.errorcatalog.generator;

import dev.errorcatalog.i18n.ErrorCatalogException;
import dev.errorcatalog.i18n.Printable;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A file the generator will not write where it was asked to: a path that would leave the output folder, or a link,
 * or something other than a folder or a regular file, in the way. Nothing is written through a link.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class OutputPathException extends ErrorCatalogException {
    private static final long serialVersionUID = 1L;

    private final String path;

    public OutputPathException(String path, String problem) {
        super("'" + Printable.of(path) + "': " + problem);
        this.path = path;
    }

    /** The path in the way, as given or found. */
    public String path() {
        return path;
    }
}
