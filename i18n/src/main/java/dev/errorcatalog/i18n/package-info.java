/**
 * Localization that knows nothing of error codes: locale negotiation over CLDR distances, message bundles
 * of ICU MessageFormat patterns stored as JSON, per-key fallback to a default locale, and a verifier that
 * checks bundles against a key set and against each other.
 *
 * <p>ICU types stay inside this package: the public API speaks {@link java.util.Locale} and {@link String}.
 */
package dev.errorcatalog.i18n;
