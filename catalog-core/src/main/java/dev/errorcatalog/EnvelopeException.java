package dev.errorcatalog;

/** Input that is not a readable API response: not JSON, truncated, too deep, too large, or of neither shape. */
public final class EnvelopeException extends IllegalArgumentException {
    EnvelopeException(String message) {
        super(message);
    }

    EnvelopeException(String message, Throwable cause) {
        super(message, cause);
    }
}
