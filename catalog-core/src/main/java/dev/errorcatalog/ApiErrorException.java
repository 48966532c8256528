package dev.errorcatalog;

import dev.errorcatalog.i18n.Printable;
import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * An error a server answered with, resolved, for a service that turns an error envelope into an exception of its own
 * call stack (see {@link Product#failure}); {@link RetryPredicate} reads its advice. Unlike the library's other
 * exceptions it is not about what the caller handed in, but it shares their root so that one {@code catch} covers
 * everything this library throws.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class ApiErrorException extends dev.errorcatalog.i18n.ErrorCatalogException {
    private static final long serialVersionUID = 1L;

    private final transient ApiError error;
    private final transient Resolution resolution;

    /** The error as sent and what the catalog made of it. */
    public ApiErrorException(ApiError error, Resolution resolution) {
        // what the server sent is quoted visibly and shortened: a line break in it must not start a line of its own in
        // a log, nor a megabyte make the line a megabyte (a request id is no longer than a code)
        super(Printable.shorten(Objects.requireNonNull(resolution, "resolution").requested(), Resolution.QUOTED_CODE) + ": "
                + Printable.shorten(resolution.message(), Printable.MESSAGE_SHOWN)
                + Objects.requireNonNull(error, "error").requestId()
                        .map(id -> " (request id " + Printable.shorten(id, Resolution.QUOTED_CODE) + ")").orElse(""));
        this.error = error;
        this.resolution = resolution;
    }

    /** The error as the server sent it. */
    public ApiError error() {
        return error;
    }

    /** The localized answer, with its retry advice. */
    public Resolution resolution() {
        return resolution;
    }
}
