package dev.errorcatalog.i18n;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The root of every exception the library throws on purpose, as {@code DateTimeException} is for {@code java.time}:
 * catch it to handle the library's failures without also catching the programming errors of the code around it
 * ({@code NullPointerException}, {@code IllegalStateException}, …).
 *
 * <p>It extends {@link IllegalArgumentException} because every one of these failures is about what the caller handed
 * in: a code, a language tag, a pattern, a response body, a product id, or the product modules on the class path;
 * code that already catches {@code IllegalArgumentException} keeps working. The one exception to "what the caller
 * handed in" is core's {@code ApiErrorException}: a server's error that a service chooses to throw, kept under the
 * same root so that one {@code catch} covers what the library throws. It lives in the lowest module so that
 * localization's own failures share it; the subclasses are in {@code dev.errorcatalog} and here.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public abstract class ErrorCatalogException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    protected ErrorCatalogException(String message) {
        super(message);
    }

    protected ErrorCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
