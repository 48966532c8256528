package dev.errorcatalog.i18n.internal;

import dev.errorcatalog.i18n.Bundles;

import java.util.Locale;

/** Bundle files written inline in tests, read as core reads them. */
public final class TestBundles {
    private TestBundles() {
    }

    public static MessageBundle.Read read(String json, Locale locale) {
        return MessageBundle.read(Bundles.stream(json), "demo", locale, "demo/" + locale.toLanguageTag() + ".json");
    }
}
