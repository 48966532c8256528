package dev.errorcatalog;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Where a product's data came from, as a time-zone rules provider reports its tzdata version: the version of the
 * data as a whole and every source its texts were taken from.
 *
 * @param dataVersion the version of the product's data, empty for a module that does not say
 * @param sources     every source named by the product's entries
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Provenance(Optional<String> dataVersion, List<Source> sources) {
    public Provenance {
        Objects.requireNonNull(dataVersion, "dataVersion");
        sources = List.copyOf(sources);
    }
}
