package dev.errorcatalog.cli;

import dev.errorcatalog.i18n.Printable;

/** A failure to report as one line on standard error, with its exit code. */
final class CliException extends RuntimeException {
    /** How much of a value an error line quotes: a file name or a code whole, a pasted megabyte not. */
    static final int QUOTED = 200;

    final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /**
     * An exit status after a command printed its answer, with nothing more to say: {@code lookup} of a code no product
     * holds exactly. A command's status is not given through picocli's own interface, whose classes the class-data
     * sharing archive cannot hold (nor, then, a command class that implements it).
     */
    static CliException quiet(int exitCode) {
        return new CliException(exitCode, null);
    }

    /** Whether it only carries an exit status ({@link #quiet}). */
    boolean isQuiet() {
        return getMessage() == null;
    }

    /** The value as an error line quotes it: in single quotes, shortened, control characters shown as escapes. */
    static String quoted(String value) {
        return "'" + Printable.shorten(value, QUOTED) + "'";
    }
}
