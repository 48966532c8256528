package dev.errorcatalog;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * An official text the catalog's maintainers corrected because its meaning is plainly wrong: the text it replaces,
 * where that came from, and why. The message shown is the correction; {@link Resolution#origin()} is then a source of
 * kind {@link Source.Kind#CORRECTION} naming the corrected one, so nothing is hidden.
 *
 * @param corrected the source whose text was replaced
 * @param replaced  the text as that source words it
 * @param why       the evidence: the code's name, the other language, the solution
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Correction(Source corrected, String replaced, String why) {
    /** Rejects null components. */
    public Correction {
        Objects.requireNonNull(corrected, "corrected");
        Objects.requireNonNull(replaced, "replaced");
        Objects.requireNonNull(why, "why");
    }
}
