package dev.errorcatalog;

import dev.errorcatalog.i18n.ErrorCatalogException;
import org.apiguardian.api.API;

import java.util.Set;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** A message pattern that needs arguments, asked for without them where a raw {@code {placeholder}} would be written. */
@API(status = MAINTAINED, since = "0.1.0")
public final class MissingArgumentsException extends ErrorCatalogException {
    private static final long serialVersionUID = 1L;

    MissingArgumentsException(String code, Set<String> missing, Set<String> given) {
        super("the message of " + code + " needs the arguments " + new java.util.TreeSet<>(missing)
                + " and was given " + (given.isEmpty() ? "none" : new java.util.TreeSet<>(given).toString())
                + "; pass them (ErrorEnvelope.write(resolution, arguments, requestId)) so that no {placeholder} is written");
    }
}
