package dev.errorcatalog.i18n;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The root of every exception the library throws on purpose, as {@code DateTimeException} is for {@code java.time}:
 * catch it to handle the library's failures without also catching the programming errors of the code around it
 * ({@code NullPointerException}, {@code IllegalArgumentException}, {@code IllegalStateException}, …). No public
 * method of the library throws one of those for malformed input: a null is a {@code NullPointerException}, anything
 * else it refuses is a subclass of this.
 *
 * <p>Unchecked, and a plain {@link RuntimeException} rather than an {@code IllegalArgumentException}: most of these
 * failures are about what the caller handed in (a code, a language tag, a pattern, a response body, a product id),
 * but not all: core's {@code ApiErrorException} is a server's error that a service chooses to throw, and
 * {@code CatalogLoadException} is about the product modules on the class path.
 *
 * <p>It lives here, in {@code i18n}, the lowest module, because localization throws it too and a package may not be
 * split across modules; core requires this module transitively, so a user of core always has it. The subclasses are
 * in {@code dev.errorcatalog}, here and in the modules that throw them.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public abstract class ErrorCatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected ErrorCatalogException(String message) {
        super(message);
    }

    protected ErrorCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
