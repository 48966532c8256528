package dev.errorcatalog.i18n.internal;


import org.apiguardian.api.API;

import java.util.Locale;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/** An entry together with the locale its text is really in, which differs from the one asked for after a fallback. */
@API(status = INTERNAL, since = "0.1.0")
public record LocalizedEntry(String key, Locale locale, BundleEntry entry) {
    /** Rejects null components. */
    public LocalizedEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(entry, "entry");
    }
}
