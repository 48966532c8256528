package dev.errorcatalog;

import java.util.Objects;
import java.util.Optional;

/** One of several meanings a source document gives the same code (legacy {@code AuthFailure} has three). */
public record Meaning(Optional<String> title, String message) {
    /** Rejects null components. */
    public Meaning {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
    }
}
