package dev.errorcatalog;

import dev.errorcatalog.internal.Throwables;
import org.apiguardian.api.API;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * "May this call be sent again?" as a {@code Predicate<Throwable>}, the shape Resilience4j ({@code retryOnException}),
 * Failsafe ({@code handleIf}) and Spring Retry take. Two things decide ({@link #decide}): the failure's advice, and
 * what the call is.
 *
 * <p>The advice is that of the first throwable in the cause chain it can classify: an {@link ApiErrorException} by its
 * resolution's advice, the library's other exceptions ({@link dev.errorcatalog.i18n.ErrorCatalogException}: a
 * mistake in what was handed in) as never, an {@link IOException} as a transient fault; anything else is not retried.
 * Classifiers added with {@link #with(Function)} are asked first (the SDK bridge adds the SDK's exception this way).
 *
 * <p>What the call is: what the caller says ({@link #forCall}: a read, a write, a write with an idempotency token);
 * else the kind of the failure's action by {@link CallKinds} (a failure resolved with its action, or one an action
 * finder reads, {@link #withActionFinder}: the bridge reads the SDK client's method from the stack trace); else a
 * write. A transient fault or a busy resource is retried after a read or an idempotent write only
 * ({@link RetryAdvice#mayRetry(CallKind)}): after a write it may have been carried out already.
 *
 * <p>It never throws for the failure, whatever the failure's own methods do: a retry library would otherwise lose the
 * failure to the predicate's. (A classifier that answers null breaks its contract; that is named in a
 * NullPointerException.) Immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class RetryPredicate implements Predicate<Throwable> {
    private static final RetryPredicate STANDARD = new RetryPredicate(List.of(), List.of(), CallKinds.standard(), Optional.empty());
    /** Deep enough for any real wrapping, short enough that a cycle ends. */
    private static final int MAX_DEPTH = 32;

    private final List<Function<Throwable, Optional<RetryAdvice>>> classifiers;
    private final List<Function<Throwable, Optional<ApiAction>>> actionFinders;
    private final CallKinds kinds;
    private final Optional<CallKind> call;

    private RetryPredicate(List<Function<Throwable, Optional<RetryAdvice>>> classifiers,
                           List<Function<Throwable, Optional<ApiAction>>> actionFinders, CallKinds kinds, Optional<CallKind> call) {
        this.classifiers = classifiers;
        this.actionFinders = actionFinders;
        this.kinds = kinds;
        this.call = call;
    }

    /** The predicate for the library's own types and I/O failures; a call neither the caller nor the failure names is a write. */
    public static RetryPredicate standard() {
        return STANDARD;
    }

    /** This predicate with one more classifier, asked before the others; empty means "not mine". */
    public RetryPredicate with(Function<Throwable, Optional<RetryAdvice>> classifier) {
        Objects.requireNonNull(classifier, "classifier");
        java.util.ArrayList<Function<Throwable, Optional<RetryAdvice>>> more = new java.util.ArrayList<>();
        more.add(classifier);
        more.addAll(classifiers);
        return new RetryPredicate(List.copyOf(more), actionFinders, kinds, call);
    }

    /**
     * This predicate for a call the caller knows: {@code forCall(CallKind.IDEMPOTENT_WRITE)} for a create that
     * carries a {@code ClientToken}. What the caller says wins over the kind of the failure's action.
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public RetryPredicate forCall(CallKind kind) {
        return new RetryPredicate(classifiers, actionFinders, kinds, Optional.of(Objects.requireNonNull(kind, "kind")));
    }

    /** This predicate, judging a failure's action by {@code kinds} (the standard rule with exceptions of the caller's). */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public RetryPredicate withCallKinds(CallKinds kinds) {
        return new RetryPredicate(classifiers, actionFinders, Objects.requireNonNull(kinds, "kinds"), call);
    }

    /**
     * This predicate with one more way to read a throwable's action, asked before the others; empty means "not
     * known". Asked of each throwable of the cause chain until one answers; one that throws knows nothing.
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public RetryPredicate withActionFinder(Function<Throwable, Optional<ApiAction>> finder) {
        java.util.ArrayList<Function<Throwable, Optional<ApiAction>>> more = new java.util.ArrayList<>();
        more.add(Objects.requireNonNull(finder, "finder"));
        more.addAll(actionFinders);
        return new RetryPredicate(classifiers, List.copyOf(more), kinds, call);
    }

    /**
     * Whether the failed call is retried, and why: the failure's {@link #advice}, the action it came from where known,
     * and what the call is (the caller's word, else the action's kind, else a write). Never throws for the failure.
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public RetryDecision decide(Throwable failure) {
        RetryAdvice advice = advice(failure);
        Optional<ApiAction> action = action(failure);
        if (call.isPresent()) {
            return new RetryDecision(advice, action, call.get(), RetryDecision.Basis.CALLER);
        }
        return RetryDecision.of(advice, action, kinds);
    }

    /** The action of the first throwable of the chain whose action is known. */
    private Optional<ApiAction> action(Throwable failure) {
        Throwable[] seen = new Throwable[MAX_DEPTH];
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH && !seenBefore(seen, depth, t); depth++) {
            seen[depth] = t;
            for (Function<Throwable, Optional<ApiAction>> f : actionFinders) {
                Optional<ApiAction> found = askFinder(f, t);
                if (found != null && found.isPresent()) {
                    return found;
                }
            }
            if (t instanceof ApiErrorException e && e.resolution() != null && e.resolution().action().isPresent()) {
                return Optional.of(e.resolution().action().get().action());
            }
            t = Throwables.causeOf(t);
        }
        return Optional.empty();
    }

    private static Optional<ApiAction> askFinder(Function<Throwable, Optional<ApiAction>> f, Throwable t) {
        try {
            return f.apply(t);
        } catch (Throwable unreadable) {
            Throwables.rethrowIfFatal(unreadable);
            return Optional.empty();
        }
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

    /** Whether the call is retried: {@link #decide(Throwable)}'s {@link RetryDecision#retry()}. */
    @Override
    public boolean test(Throwable failure) {
        return decide(failure).retry();
    }
}
