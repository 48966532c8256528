package dev.errorcatalog.internal;

import dev.errorcatalog.i18n.Printable;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Reading a throwable that is not ours (a provider's, a failure's) without letting it take the reader down. Public
 * for the testkit, which reports a provider's failures in the catalog's words.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Throwables {
    /** How many causes a description follows; a chain can be longer, or go round. */
    private static final int CAUSES_SHOWN = 8;
    private static final int SHOWN_LENGTH = 500;

    private Throwables() {
    }

    /**
     * What no module can be blamed for and nothing can carry on after: the JVM itself failing (out of memory, an
     * internal error), which may have struck any thread and leaves no state to trust. A stack overflow is not one:
     * it is the thread's own, in the frames of the code that was called, and all of them are gone by the time it is
     * caught. (A product's first use, on the caller's stack, does not take this view: {@link #rethrowAtFirstUse}.)
     */
    public static void rethrowIfFatal(Throwable e) {
        if (e instanceof VirtualMachineError fatal && !(e instanceof StackOverflowError)) {
            throw fatal;
        }
    }

    /**
     * What the first use of a product cannot bear: what {@link #rethrowIfFatal} rethrows, and a stack overflow,
     * which may be the caller's own depth rather than the provider's. Thrown there, it leaves nothing behind (no
     * table, bundle or provenance is kept, no problem is reported), so the next use reads again.
     */
    public static void rethrowAtFirstUse(Throwable e) {
        if (e instanceof VirtualMachineError fatal) {
            throw fatal;
        }
    }

    /** The cause, or null where there is none or its {@code getCause()} throws. */
    public static Throwable causeOf(Throwable e) {
        try {
            return e.getCause();
        } catch (Throwable failed) {
            rethrowIfFatal(failed);
            return null;
        }
    }

    /**
     * A throwable and its causes in one line. A provider's throwable is the provider's code too: its text may fail,
     * run long, or its causes go round, and each is borne here.
     */
    public static String describe(Throwable e) {
        StringBuilder s = new StringBuilder(shown(e));
        List<Throwable> seen = new ArrayList<>(List.of(e));
        for (Throwable c = causeOf(e); c != null && seen.size() <= CAUSES_SHOWN; c = causeOf(c)) {
            for (Throwable t : seen) {
                if (t == c) {
                    return s.toString();
                }
            }
            seen.add(c);
            s.append("; caused by ").append(shown(c));
        }
        return s.toString();
    }

    /** A throwable's message, or what stands for it when asking for it fails. */
    public static String messageOf(Throwable e) {
        try {
            return Printable.shorten(String.valueOf(e.getMessage()), SHOWN_LENGTH);
        } catch (Throwable failed) {
            rethrowIfFatal(failed);
            return shown(e);
        }
    }

    private static String shown(Throwable e) {
        try {
            return Printable.shorten(String.valueOf(e), SHOWN_LENGTH);
        } catch (Throwable failed) {
            rethrowIfFatal(failed);
            return e.getClass().getName() + " (which threw " + failed.getClass().getName() + " when asked for its message)";
        }
    }
}
