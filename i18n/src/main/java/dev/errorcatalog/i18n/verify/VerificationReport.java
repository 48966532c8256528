package dev.errorcatalog.i18n.verify;

import dev.errorcatalog.i18n.BundleProblem;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** What {@link BundleVerifier} found: nothing, or every problem with owner, locale, file and key. */
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
