package dev.errorcatalog;

import dev.errorcatalog.internal.Throwables;
import org.apiguardian.api.API;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * "May this failure be retried?" as a {@code Predicate<Throwable>}, the shape Resilience4j ({@code retryOnException}),
 * Failsafe ({@code handleIf}) and Spring Retry take. It reads the advice of the first throwable in the cause chain it
 * can classify: an {@link ApiErrorException} by its resolution's advice, the library's other exceptions
 * ({@link dev.errorcatalog.i18n.ErrorCatalogException}: a mistake in what was handed in) as never, an
 * {@link IOException} as a transient fault; anything else is not retried. Classifiers added with
 * {@link #with(Function)} are asked first (the SDK bridge adds the SDK's exception this way). It never throws for
 * the failure, whatever the failure's own methods do: a retry library would otherwise lose the failure to the
 * predicate's. (A classifier that answers null breaks its contract; that is named in a NullPointerException.)
 *
 * <p>It says whether the <em>failure</em> is worth retrying, not whether the <em>call</em> may be repeated: apply it
 * only to idempotent calls. Immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class RetryPredicate implements Predicate<Throwable> {
    private static final RetryPredicate STANDARD = new RetryPredicate(List.of());
    /** Deep enough for any real wrapping, short enough that a cycle ends. */
    private static final int MAX_DEPTH = 32;

    private final List<Function<Throwable, Optional<RetryAdvice>>> classifiers;

    private RetryPredicate(List<Function<Throwable, Optional<RetryAdvice>>> classifiers) {
        this.classifiers = classifiers;
    }

    /** The predicate for the library's own types and I/O failures. */
    public static RetryPredicate standard() {
        return STANDARD;
    }

    /** This predicate with one more classifier, asked before the others; empty means "not mine". */
    public RetryPredicate with(Function<Throwable, Optional<RetryAdvice>> classifier) {
        Objects.requireNonNull(classifier, "classifier");
        java.util.ArrayList<Function<Throwable, Optional<RetryAdvice>>> more = new java.util.ArrayList<>();
        more.add(classifier);
        more.addAll(classifiers);
        return new RetryPredicate(List.copyOf(more));
    }

    /**
     * The advice for a failure: that of the first throwable in its cause chain any classifier knows, else UNKNOWN.
     * Never throws for the failure: a classifier that throws for a throwable (one whose {@code getMessage()} throws,
     * say) does not know it, and a cause that cannot be read ({@code getCause()} throws) ends the chain, as does a
     * throwable met before in it.
     */
    public RetryAdvice advice(Throwable failure) {
        Throwable[] seen = new Throwable[MAX_DEPTH];
        Throwable t = Objects.requireNonNull(failure, "failure");
        for (int depth = 0; t != null && depth < MAX_DEPTH && !seenBefore(seen, depth, t); depth++) {
            seen[depth] = t;
            for (Function<Throwable, Optional<RetryAdvice>> c : classifiers) {
                Optional<RetryAdvice> advice = ask(c, t);
                if (advice == null) {
                    throw new NullPointerException("the classifier " + c.getClass().getName() + " returned null for a "
                            + t.getClass().getName() + ": it returns Optional.empty() for a failure it does not know");
                }
                if (advice.isPresent()) {
                    return advice.get();
                }
            }
            Optional<RetryAdvice> own = own(t);
            if (own.isPresent()) {
                return own.get();
            }
            t = Throwables.causeOf(t);
        }
        return RetryAdvice.UNKNOWN;
    }

    private static boolean seenBefore(Throwable[] seen, int count, Throwable t) {
        for (int i = 0; i < count; i++) {
            if (seen[i] == t) {
                return true;
            }
        }
        return false;
    }

    /** The classifier's answer; empty when it throws for this throwable, which it then cannot read. */
    private static Optional<RetryAdvice> ask(Function<Throwable, Optional<RetryAdvice>> c, Throwable t) {
        try {
            return c.apply(t);
        } catch (Throwable unreadable) {
            Throwables.rethrowIfFatal(unreadable);
            return Optional.empty();
        }
    }

    private static Optional<RetryAdvice> own(Throwable t) {
        if (t instanceof ApiErrorException e) {
            // its error and resolution are transient: a copy read back from a stream has no advice left
            Resolution r = e.resolution();
            return Optional.of(r == null ? RetryAdvice.UNKNOWN : r.retry());
        }
        if (t instanceof dev.errorcatalog.i18n.ErrorCatalogException) {
            return Optional.of(RetryAdvice.DO_NOT_RETRY);
        }
        if (t instanceof IOException) {
            return Optional.of(RetryAdvice.TRANSIENT);
        }
        return Optional.empty();
    }

    /** Whether {@link #advice(Throwable)} {@linkplain RetryAdvice#mayRetry() may be retried}. */
    @Override
    public boolean test(Throwable failure) {
        return advice(failure).mayRetry();
    }
}
