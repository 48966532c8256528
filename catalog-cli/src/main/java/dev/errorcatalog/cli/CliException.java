package dev.errorcatalog.cli;

/** A failure to report as one line on standard error, with its exit code. */
final class CliException extends RuntimeException {
    final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }
}
