package dev.errorcatalog;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** One of several meanings a source document gives the same code (legacy {@code AuthFailure} has three). */
@API(status = MAINTAINED, since = "0.1.0")
public record Meaning(Optional<String> title, String message) {
    /** Rejects null components. */
    public Meaning {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
    }
}
