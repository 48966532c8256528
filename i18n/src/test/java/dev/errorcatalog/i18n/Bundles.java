package dev.errorcatalog.i18n;

import dev.errorcatalog.i18n.verify.BundleVerifier;
import dev.errorcatalog.i18n.verify.VerificationReport;
import dev.errorcatalog.i18n.internal.BundleEntry;
import dev.errorcatalog.i18n.internal.MessageBundle;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Bundle text written inline in tests. */
public final class Bundles {
    private Bundles() {
    }

    public static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    public static MessageBundle.Read read(String json, Locale locale) {
        return MessageBundle.read(stream(json), "demo", locale, "demo/" + locale.toLanguageTag() + ".json");
    }

    public static BundleVerifier.Source source(String json) {
        return () -> Optional.of(stream(json));
    }
}
