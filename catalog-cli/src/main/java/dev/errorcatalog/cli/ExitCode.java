package dev.errorcatalog.cli;

/** The exit codes of every command. */
final class ExitCode {
    /** Done as asked. */
    static final int OK = 0;
    /** The input was readable but is not what was asked for (explain on a success response). */
    static final int NOT_APPLICABLE = 1;
    /** Not found: lookup of a code no product in scope holds exactly (the fallback is shown), search without a match. */
    static final int NOT_FOUND = 1;
    /** Bad usage or bad input: an invalid code, an unknown product, a bad locale, unreadable or malformed input. */
    static final int BAD_INPUT = 2;
    /** A fault of the program itself. */
    static final int INTERNAL = 3;

    private ExitCode() {
    }
}
