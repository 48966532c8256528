package dev.errorcatalog.i18n.verify;

import dev.errorcatalog.i18n.BundleProblem;
import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** What {@link BundleVerifier} found: nothing, or every problem with owner, locale, file and key. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record VerificationReport(String owner, List<BundleProblem> problems) {
    /** Copies the problems. */
    public VerificationReport {
        Objects.requireNonNull(owner, "owner");
        problems = List.copyOf(problems);
    }

    /** Whether nothing was found. */
    public boolean isClean() {
        return problems.isEmpty();
    }

    @Override
    public String toString() {
        if (isClean()) {
            return "bundles of " + owner + ": no problems";
        }
        return problems.size() + " problem(s) in the bundles of " + owner + ":\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
