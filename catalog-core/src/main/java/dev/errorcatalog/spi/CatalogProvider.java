package dev.errorcatalog.spi;

import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.ProductId;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A product module, found through {@link java.util.ServiceLoader} or registered explicitly. Implementations must
 * be public, have a public no-argument constructor and be cheap to create: bundles are opened only when a
 * locale of the product is first used.
 *
 * <p>Part of the SPI (the {@code spi} package): what a product module implements rather than calls. Maintained: it
 * does not change incompatibly before the next minor version at the earliest, and then only with notice.
 */
@API(status = MAINTAINED, since = "0.1.0")
public interface CatalogProvider {

    /** The product's id; {@code common} is reserved for core. */
    ProductId product();

    /**
     * The locales the product ships bundles for. English, when among them, is the default; a product whose sources
     * give no English (a module generated from the Chinese SDK alone) has its first locale as its default.
     */
    List<Locale> locales();

    /** Every code the product declares, each with {@link CodeDefinition#product()} equal to {@link #product()}. */
    Collection<? extends CodeDefinition> codes();

    /**
     * Whether the bundle of {@code locale} words {@code code}. By default every code is in every bundle: a key missing
     * from one is a problem, and the default locale's text stands in for it. A product whose sources word some codes
     * in one language only answers false for the others; such a code is then answered, in that locale, by its closest
     * ancestor that has text there, and the answer names the locales that have its own text
     * ({@link dev.errorcatalog.Resolution#exactTextIn()}). Asked once per code and locale, when the locale is first used.
     */
    default boolean hasText(dev.errorcatalog.ErrorCode code, Locale locale) {
        return true;
    }

    /** Where the bundle of a locale lives, for opening it and for naming it in reports. */
    default String bundlePath(Locale locale) {
        return "META-INF/errorcatalog/" + product().value() + "/" + locale.toLanguageTag() + ".json";
    }

    /**
     * Opens the bundle of a locale, empty when there is none. The default reads {@link #bundlePath(Locale)} from the
     * provider class's own jar, folder or module, never from another jar that has a file of the same name (a product
     * and its overlay both have {@code META-INF/errorcatalog/<product>/en.json} by default).
     */
    default Optional<InputStream> openBundle(Locale locale) throws IOException {
        return OwnResource.open(getClass(), bundlePath(locale));
    }

    /**
     * The provider's standing for its product. A product's own module keeps the default, 0. A provider of the same
     * product with a higher priority is an overlay (a company's own wording): the codes it declares are added to
     * the product, and its texts replace those below it in the locales it ships; the catalog reports every overlay
     * ({@link dev.errorcatalog.ErrorCatalog#overlays()}). Two providers of one product with the same priority
     * conflict: both are named and neither is used. Nothing is laid under a product: a provider below 0 whose product
     * has a provider of a higher priority is reported as a problem and not used.
     */
    default int priority() {
        return 0;
    }

    /** Where the product says where its texts came from and which version its data is (optional). */
    default String provenancePath() {
        return "META-INF/errorcatalog/" + product().value() + "/provenance.json";
    }

    /**
     * Opens the provenance file, empty when the module has none (its texts are then simply the module's own).
     * The default reads {@link #provenancePath()} from the provider class's own jar, folder or module, as
     * {@link #openBundle(Locale)} does.
     */
    default Optional<InputStream> openProvenance() throws IOException {
        return OwnResource.open(getClass(), provenancePath());
    }

    /**
     * Where the product's actions file is: which codes each API action can return
     * ({@link dev.errorcatalog.ProductActions}, written by the generator from the official clients' lists).
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    default String actionsPath() {
        return "META-INF/errorcatalog/" + product().value() + "/actions";
    }

    /**
     * Opens the actions file, empty when the module has none (the product then has no action lists). Read when the
     * product's actions are first asked for, never at load or first use. The default reads {@link #actionsPath()} from
     * the provider class's own jar, folder or module, as {@link #openBundle(Locale)} does.
     */
    @org.apiguardian.api.API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2.0")
    default Optional<InputStream> openActions() throws IOException {
        return OwnResource.open(getClass(), actionsPath());
    }
}
