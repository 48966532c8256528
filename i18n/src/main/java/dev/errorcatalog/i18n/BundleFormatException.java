package dev.errorcatalog.i18n;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** A bundle file that cannot be read at all: not JSON, truncated, not an object at the top, too large. */
@API(status = MAINTAINED, since = "0.1.0")
public final class BundleFormatException extends ErrorCatalogException {
    /** What is wrong with the file, and where. */
    private final BundleProblem problem;

    /** A file that cannot be read at all, with what went wrong underneath. */
    public BundleFormatException(BundleProblem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    /** @return what is wrong with the file, and where */
    public BundleProblem problem() {
        return problem;
    }
}
