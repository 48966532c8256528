package dev.errorcatalog;

import dev.errorcatalog.i18n.ErrorCatalogException;
import org.apiguardian.api.API;

import java.util.List;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** Thrown by a strict catalog when any product module has any problem; lists every one. */
@API(status = MAINTAINED, since = "0.1.0")
public final class CatalogLoadException extends ErrorCatalogException {
    /** Every problem found, in the order found. */
    private final List<CatalogProblem> problems;

    CatalogLoadException(List<CatalogProblem> problems) {
        super(problems.size() + " problem(s) loading the error catalog (strict mode):\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found, in the order found */
    public List<CatalogProblem> problems() {
        return problems;
    }
}
