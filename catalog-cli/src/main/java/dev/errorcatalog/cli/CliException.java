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

    /** The value as an error line quotes it: in single quotes, shortened, control characters shown as escapes. */
    static String quoted(String value) {
        return "'" + Printable.shorten(value, QUOTED) + "'";
    }
}
