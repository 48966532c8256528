package dev.errorcatalog.testkit;

import dev.errorcatalog.i18n.BundleProblem;
import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** What {@link ProviderContract} found: nothing, or every problem with owner, locale, file and key. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ContractReport(String owner, List<BundleProblem> problems) {
    public ContractReport {
        Objects.requireNonNull(owner, "owner");
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /** Throws an {@link AssertionError} listing every problem, one per line, when there is any. */
    public void assertClean() {
        if (!isClean()) {
            throw new AssertionError(this);
        }
    }

    @Override
    public String toString() {
        if (isClean()) {
            return owner + " keeps the provider contract";
        }
        return problems.size() + " problem(s) with the product module " + owner + ":\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
