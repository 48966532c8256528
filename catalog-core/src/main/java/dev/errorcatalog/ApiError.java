package dev.errorcatalog;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * An error as a server sent it, from either envelope.
 *
 * @param code       the error code as sent ({@code Code} in 3.0, {@code codeDesc} in 2.0, else the numeric code
 *                   as text); not validated, since servers send what they send
 * @param message    the server's own message
 * @param requestId  the request id (3.0 only)
 * @param version    which envelope it came in
 * @param legacyCode the numeric {@code code} of a 2.0 response
 */
@API(status = STABLE, since = "0.1.0")
public record ApiError(String code, Optional<String> message, Optional<String> requestId, ApiVersion version,
                       OptionalInt legacyCode) {
    /** Rejects null components. */
    public ApiError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(legacyCode, "legacyCode");
    }

    /** An API 3.0 error. */
    public static ApiError of(String code, String message, String requestId) {
        return new ApiError(code, Optional.ofNullable(message), Optional.ofNullable(requestId), ApiVersion.V3,
                OptionalInt.empty());
    }
}
