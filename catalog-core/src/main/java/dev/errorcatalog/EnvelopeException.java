package dev.errorcatalog;

import dev.errorcatalog.i18n.ErrorCatalogException;
import dev.errorcatalog.i18n.Printable;
import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** Input that is not a readable API response: not JSON, truncated, too deep, too large, or of neither shape. */
@API(status = MAINTAINED, since = "0.1.0")
public final class EnvelopeException extends ErrorCatalogException {
    /** What kept the input from being read as a response; a caller holding free text may go on with the last one. */
    public enum Reason {
        /** Not JSON: malformed or truncated, empty, not UTF-8, not Unicode text, or refused by the JSON reader. */
        NOT_JSON,
        /** Beyond a limit: more bytes than a response may have, nested too deep, a name or a value too long. */
        BEYOND_LIMITS,
        /**
         * JSON, as far as it was read, but not an API 3.0 or 2.0 response: another shape (a JSON log line), a field of
         * the wrong type, or more content after the object.
         */
        NOT_A_RESPONSE
    }

    private final Reason reason;

    EnvelopeException(Reason reason, String message) {
        super(Printable.of(message));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    EnvelopeException(Reason reason, String message, Throwable cause) {
        super(Printable.of(message), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the input is not a response. */
    public Reason reason() {
        return reason;
    }
}
