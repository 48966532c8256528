package dev.errorcatalog.i18n.internal;


import java.util.Locale;
import java.util.Objects;

/** An entry together with the locale its text is really in, which differs from the one asked for after a fallback. */
public record LocalizedEntry(String key, Locale locale, BundleEntry entry) {
    /** Rejects null components. */
    public LocalizedEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(entry, "entry");
    }
}
