package dev.errorcatalog;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/** A response read by {@link ErrorEnvelope#parse}: an error, or a well-formed response that is simply not one. */
@API(status = STABLE, since = "0.1.0")
public sealed interface ParsedResponse {

    /** @return the API version the response was written in */
    ApiVersion version();

    /** The response carries an error. */
    record Failure(ApiError error) implements ParsedResponse {
        /** Rejects null components. */
        public Failure {
            Objects.requireNonNull(error, "error");
        }

        @Override
        public ApiVersion version() {
            return error.version();
        }
    }

    /** The response is a success: 3.0 without {@code Error}, or 2.0 with {@code code} 0. */
    record Success(ApiVersion version, Optional<String> requestId) implements ParsedResponse {
        /** Rejects null components. */
        public Success {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(requestId, "requestId");
        }
    }

    /** The error, when there is one. */
    default Optional<ApiError> failure() {
        return this instanceof Failure f ? Optional.of(f.error()) : Optional.empty();
    }
}
