package dev.errorcatalog.archviolation;

import java.text.MessageFormat;

/** Breaks "no java.text.MessageFormat" on purpose. */
public class UsesJavaTextMessageFormat {
    public String format() {
        return MessageFormat.format("{0}", "x");
    }
}
