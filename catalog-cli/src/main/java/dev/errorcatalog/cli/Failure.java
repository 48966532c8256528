package dev.errorcatalog.cli;

import dev.errorcatalog.i18n.ErrorCatalogException;
import dev.errorcatalog.i18n.Printable;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What a command's failure prints and the exit code it gives, for the command line and for the quick path alike. A
 * class of its own, without picocli: the quick path reports a failure without loading the command line's classes.
 */
final class Failure {
    private Failure() {
    }

    /** The most of an error's description a line shows; the values it quotes are shortened before that. */
    static final int MAX_ERROR = 500;

    /**
     * The line on standard error: what went wrong, on one line and shortened, since picocli's messages and the
     * library's quote what was given, which may be a pasted megabyte.
     */
    static String line(String what) {
        return "errorcatalog: " + Printable.shorten(what, MAX_ERROR);
    }

    static String describe(Exception e) {
        if (e instanceof UncheckedIOException u) {
            // NIO's exceptions often say only the path: the kind of failure is the rest of the sentence
            IOException cause = u.getCause();
            String what = cause instanceof java.nio.file.FileAlreadyExistsException ? "already exists"
                    : cause instanceof java.nio.file.AccessDeniedException ? "access denied"
                    : cause instanceof java.nio.file.NotDirectoryException ? "not a folder"
                    : cause instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : cause instanceof java.nio.file.DirectoryNotEmptyException ? "folder not empty"
                    : cause instanceof java.nio.file.FileSystemException ? cause.getClass().getSimpleName()
                    : null;
            return what == null ? String.valueOf(cause.getMessage()) : "'" + cause.getMessage() + "': " + what;
        }
        if (e instanceof CliException || e instanceof ErrorCatalogException || e instanceof IllegalArgumentException || e instanceof IOException) {
            return e.getMessage();
        }
        return "internal error: " + e;
    }

    static int exitCode(Exception e) {
        if (e instanceof CliException c) {
            return c.exitCode;
        }
        // the library's failures are about what it was given; an IllegalArgumentException is the JDK's (a path, a URI)
        if (e instanceof ErrorCatalogException || e instanceof IllegalArgumentException || e instanceof IOException
                || e instanceof UncheckedIOException) {
            return ExitCode.BAD_INPUT;
        }
        return ExitCode.INTERNAL;
    }
}
