package dev.errorcatalog.i18n.verify;

import dev.errorcatalog.i18n.BundleProblem;
import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What a verification found (the {@link BundleVerifier}'s, the testkit's provider contract): nothing, or every problem
 * with owner, locale, file and key.
 */
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

    /** Throws an {@link AssertionError} listing every problem, one per line, when there is any (for tests). */
    public void assertClean() {
        if (!isClean()) {
            throw new AssertionError(this);
        }
    }

    @Override
    public String toString() {
        if (isClean()) {
            return owner + ": no problems";
        }
        return problems.size() + " problem(s) in " + owner + ":\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
