package dev.errorcatalog.generator;

/** An input file the generator cannot read as what it should be; the message names the file and the line. */
public final class SourceFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public SourceFormatException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** The line, from 1; 0 where the problem is with the file as a whole. */
    public int line() {
        return line;
    }
}
