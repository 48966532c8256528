package dev.errorcatalog.i18n;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A value a method or a setting does not take, when no more particular exception ({@link InvalidLanguageTagException},
 * {@code InvalidErrorCodeException}, {@code InvalidProductIdException}, …) says why: a retry attempt below 1, no
 * supported locales, an address that is not a URI. The message names where (the method or the property) and what
 * is wrong with the value. Public to be thrown by every module of the library, which all see this one.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class InvalidValueException extends ErrorCatalogException {
    private static final long serialVersionUID = 1L;

    /** The method or setting that refused the value. */
    private final String where;

    /**
     * @param where   the method or setting that refused the value, e.g. {@code RetryAdvice.delay(attempt)}
     * @param problem what is wrong with the value and what is taken, any input in it quoted through {@link Printable}
     */
    public InvalidValueException(String where, String problem) {
        super(where + ": " + problem);
        this.where = where;
    }

    /** As {@link #InvalidValueException(String, String)}, for a value refused because of another failure. */
    public InvalidValueException(String where, String problem, Throwable cause) {
        super(where + ": " + problem, cause);
        this.where = where;
    }

    /** The method or setting that refused the value. */
    public String where() {
        return where;
    }
}
