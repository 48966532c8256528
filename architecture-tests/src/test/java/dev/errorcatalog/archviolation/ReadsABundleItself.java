package dev.errorcatalog.archviolation;

import dev.errorcatalog.spi.CatalogProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/** Breaks "only ProviderBundles asks a provider for its bundle" on purpose: a second reader, unguarded. */
public class ReadsABundleItself {
    public Optional<InputStream> open(CatalogProvider provider, Locale locale) throws IOException {
        return provider.bundlePath(locale) == null ? Optional.empty() : provider.openBundle(locale);
    }
}
