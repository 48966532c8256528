package dev.errorcatalog.generator;

import dev.errorcatalog.i18n.ErrorCatalogException;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** An argument the generator cannot write a module with: a package that is no Java package, a group id Maven would not take. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class GeneratorArgumentException extends ErrorCatalogException {
    private static final long serialVersionUID = 1L;

    public GeneratorArgumentException(String message) {
        super(message);
    }
}
