package dev.errorcatalog.spring;

import dev.errorcatalog.i18n.Printable;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.logging.LogLevel;
import org.springframework.http.HttpStatus;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one line each problem answer leaves in the log, under the logger {@value #NAME}, at the level
 * {@code errorcatalog.log.*} sets for its kind: an answer below 500 the line alone; a 5xx and a library fault with the
 * exception and its causes. Commons Logging, as Spring itself logs (and Spring Boot's {@link LogLevel} writes to it):
 * it reaches whatever the application's logging is (Logback through SLF4J in a Spring Boot application), so the
 * application's {@code logging.level.dev.errorcatalog.spring} and its appenders apply.
 *
 * <p>What a server sent is quoted visibly in the line by the caller; an exception whose message (or a cause's) a log
 * would write as it is, control characters or megabytes, is logged as a copy whose messages are quoted the same way,
 * with the original's class names and stack traces.
 */
final class ProblemLog {
    /** The logger's name. */
    static final String NAME = "dev.errorcatalog.spring";
    private static final Log LOG = LogFactory.getLog(NAME);
    /** Enough for any real chain; a cause chain a hostile exception makes endless ends here. */
    private static final int MAX_CAUSES = 16;

    private final ErrorCatalogProperties.Log levels;

    ProblemLog(ErrorCatalogProperties.Log levels) {
        this.levels = Objects.requireNonNull(levels, "levels");
    }

    /**
     * Logs one answer: {@code line} says what it answered (already quoted), {@code thrown} is logged with a 5xx and a
     * library fault.
     */
    void answered(HttpStatus status, String line, boolean libraryFault, Optional<Throwable> thrown) {
        LogLevel level = libraryFault ? levels.libraryFaultLevel()
                : status.is5xxServerError() ? levels.serverErrorLevel() : levels.apiErrorLevel();
        String message = "answered " + status.value() + " " + line;
        if ((libraryFault || status.is5xxServerError()) && thrown.isPresent()) {
            level.log(LOG, message, shown(thrown.get()));
        } else {
            level.log(LOG, message);
        }
    }

    /** The exception as a log may write it: itself when every text it shows is printable, else a quoted copy. */
    static Throwable shown(Throwable thrown) {
        try {
            if (printable(thrown)) {
                return thrown;
            }
        } catch (RuntimeException hostile) {
            // a getter that throws: the copy reads each one guarded
        }
        return copy(thrown, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean printable(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (!seen.add(t) || seen.size() > MAX_CAUSES || t.getSuppressed().length > 0) {
                return false;
            }
            // a log writes the message, or toString() (class name and localized message), with the stack trace
            if (!printable(t.getMessage()) || !printable(t.toString()) || t.getStackTrace() == null) {
                return false;
            }
        }
        return true;
    }

    private static boolean printable(String text) {
        return text == null || (text.length() <= Printable.MESSAGE_SHOWN && Printable.of(text).equals(text));
    }

    private static Throwable copy(Throwable t, Set<Throwable> seen) {
        seen.add(t);
        String text;
        try {
            String message = t.getMessage();
            text = t.getClass().getName() + (message == null ? "" : ": " + Printable.shorten(message, Printable.MESSAGE_SHOWN));
        } catch (RuntimeException e) {
            text = t.getClass().getName() + " (its message could not be read)";
        }
        Throwable cause;
        try {
            cause = t.getCause();
        } catch (RuntimeException e) {
            cause = null;
        }
        Quoted q = new Quoted(text, cause != null && !seen.contains(cause) && seen.size() < MAX_CAUSES
                ? copy(cause, seen) : null);
        try {
            q.setStackTrace(t.getStackTrace());
        } catch (RuntimeException e) {
            q.setStackTrace(new StackTraceElement[0]);
        }
        return q;
    }

    /**
     * An exception as the log shows it when its own text is not printable as it is: its message names the original's
     * class and quotes its message; the stack trace is the original's.
     */
    static final class Quoted extends Exception {
        private static final long serialVersionUID = 1L;

        Quoted(String text, Throwable cause) {
            super(text, cause, false, true);
        }
    }
}
