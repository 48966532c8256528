package dev.errorcatalog.faulty;

import java.util.List;
import java.util.Locale;

/** Throws an Error, not an exception, when asked for its locales. */
public final class ErrorInLocalesProvider extends FixedProvider {
    public ErrorInLocalesProvider() {
        super("errorlocales", "FailedOperation.Never");
    }

    @Override
    public List<Locale> locales() {
        throw new AssertionError("locales() failed on purpose");
    }
}
