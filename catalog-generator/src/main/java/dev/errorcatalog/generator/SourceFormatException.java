package dev.errorcatalog.generator;

import dev.errorcatalog.i18n.ErrorCatalogException;
import dev.errorcatalog.i18n.Printable;
import org.apiguardian.api.API;

import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * An input file the generator cannot read as what it should be; the message names the file and the line. What the
 * message quotes from the input is printable: control characters are shown as escapes (see {@link Printable}).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class SourceFormatException extends ErrorCatalogException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public SourceFormatException(String file, int line, String problem) {
        super(Printable.of(file) + (line > 0 ? ":" + line : "") + ": " + printable(problem));
        this.file = file;
        this.line = line;
    }

    /** Each line made printable; the line breaks stay, as a list of gaps puts one item on each. */
    private static String printable(String problem) {
        return problem.lines().map(Printable::of).collect(Collectors.joining("\n"));
    }

    /** The file as it was given or found, which the message shows escaped. */
    public String file() {
        return file;
    }

    /** The line, from 1; 0 where the problem is with the file as a whole. */
    public int line() {
        return line;
    }
}
