package dev.errorcatalog.cli;

import dev.errorcatalog.i18n.text.LibraryText;

/** The command line's own words in the languages it writes tables in ({@code META-INF/errorcatalog/text/cli/}). */
final class CliText {
    /** Read when an export first writes a heading. */
    static final LibraryText WORDS = LibraryText.of(CliText.class, "cli");

    private CliText() {
    }
}
