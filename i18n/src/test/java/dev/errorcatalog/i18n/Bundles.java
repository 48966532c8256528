package dev.errorcatalog.i18n;

import dev.errorcatalog.i18n.verify.BundleVerifier;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Bundle text written inline in tests. */
public final class Bundles {
    private Bundles() {
    }

    public static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    public static BundleVerifier.Source source(String json) {
        return () -> Optional.of(stream(json));
    }
}
