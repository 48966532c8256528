package dev.errorcatalog.i18n.text;

import dev.errorcatalog.i18n.BundleFormatException;
import dev.errorcatalog.i18n.BundleProblem;
import dev.errorcatalog.i18n.LanguageScripts;
import dev.errorcatalog.i18n.LanguageTags;
import dev.errorcatalog.i18n.LocaleNegotiator;
import dev.errorcatalog.i18n.Utf8;

import dev.errorcatalog.i18n.internal.BundleEntry;
import dev.errorcatalog.i18n.internal.MessageBundle;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The library's own words (the SDK bridge's, the starter's, the command line's), kept in bundles like the products'
 * texts so that a new locale is a file, not a code change: {@code META-INF/errorcatalog/text/<name>/<tag>.json} beside
 * the owner class, one for each tag its {@code locales} file lists (one tag a line, English first), each holding
 * every key English has, written in its language's script ({@link LanguageScripts}).
 *
 * <p>Public for the library's adapters and for yours (an adapter of your own keeps its words the same way). These
 * are files shipped in a jar: anything wrong with them fails here, at the first use,
 * naming the file, as a class that fails to load would; the owner's tests read them all.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class LibraryText {
    private final String name;
    private final LocaleNegotiator negotiator;
    private final Map<Locale, MessageBundle> bundles;

    private LibraryText(String name, LocaleNegotiator negotiator, Map<Locale, MessageBundle> bundles) {
        this.name = name;
        this.negotiator = negotiator;
        this.bundles = bundles;
    }

    /**
     * Reads the texts named {@code name} from the jar, folder or module of {@code owner}.
     *
     * @throws BundleFormatException when a file is missing, not a bundle, or lacks a key English has
     */
    public static LibraryText of(Class<?> owner, String name) {
        Objects.requireNonNull(owner, "owner");
        String folder = "/META-INF/errorcatalog/text/" + Objects.requireNonNull(name, "name") + "/";
        List<Locale> locales = new ArrayList<>();
        String list = folder + "locales";
        for (String line : read(owner, list).split("\n")) {
            if (!line.isBlank()) {
                locales.add(LanguageTags.parse(line.strip()));
            }
        }
        if (locales.isEmpty() || !locales.get(0).equals(Locale.ENGLISH)) {
            throw fault(name, Locale.ROOT, list, "must list en first, then one language tag a line");
        }
        Map<Locale, MessageBundle> bundles = new LinkedHashMap<>();
        for (Locale locale : locales) {
            String file = folder + locale.toLanguageTag() + ".json";
            MessageBundle.Read read;
            try (InputStream in = open(owner, file)) {
                read = MessageBundle.read(in, name, locale, file);
            } catch (IOException e) {
                throw new UncheckedIOException(file, e);
            }
            if (!read.problems().isEmpty()) {
                throw new BundleFormatException(read.problems().get(0), null);
            }
            bundles.put(locale, read.bundle());
        }
        Set<String> english = bundles.get(Locale.ENGLISH).entries().keySet();
        for (MessageBundle b : bundles.values()) {
            for (String key : english) {
                Optional<BundleEntry> entry = b.entry(key);
                if (entry.isEmpty()) {
                    throw new BundleFormatException(BundleProblem.ofKey(name, b.locale(), b.file(), key,
                            "no text here, where en has one"), null);
                }
                Optional<String> misfit = LanguageScripts.misfit(entry.get().message().pattern(), b.locale());
                if (misfit.isPresent()) {
                    throw new BundleFormatException(BundleProblem.ofKey(name, b.locale(), b.file(), key,
                            "the text " + misfit.get()), null);
                }
            }
        }
        return new LibraryText(name, LocaleNegotiator.of(locales, Locale.ENGLISH), Map.copyOf(bundles));
    }

    /** The locales these texts are in, English first. */
    public List<Locale> locales() {
        return negotiator.supported();
    }

    /** The keys of the texts, as English has them (every locale has each). */
    public Set<String> keys() {
        return bundles.get(Locale.ENGLISH).entries().keySet();
    }

    /** The locale of these texts closest to {@code locale}. */
    public Locale locale(Locale locale) {
        return negotiator.negotiate(locale);
    }

    /**
     * The text of {@code key} in the locale closest to {@code locale}, its arguments filled in.
     *
     * @throws BundleFormatException naming the key when English has no such text: a mistake in the library's code
     */
    public String text(String key, Locale locale, Map<String, ?> arguments) {
        MessageBundle bundle = bundles.get(locale(locale));
        Optional<BundleEntry> entry = bundle.entry(key);
        if (entry.isEmpty()) {
            throw new BundleFormatException(BundleProblem.ofKey(name, bundle.locale(), bundle.file(), key,
                    "no such text"), null);
        }
        return entry.get().message().format(arguments);
    }

    /** {@link #text(String, Locale, Map)} for a text without arguments. */
    public String text(String key, Locale locale) {
        return text(key, locale, Map.of());
    }

    private static String read(Class<?> owner, String file) {
        try (InputStream in = open(owner, file)) {
            return Utf8.decode(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }

    private static InputStream open(Class<?> owner, String file) {
        InputStream in = owner.getResourceAsStream(file);
        if (in == null) {
            throw fault(owner.getName(), Locale.ROOT, file, "missing beside " + owner.getName());
        }
        return in;
    }

    private static BundleFormatException fault(String owner, Locale locale, String file, String what) {
        return new BundleFormatException(BundleProblem.ofFile(owner, locale, file, what), null);
    }

    @Override
    public String toString() {
        return "LibraryText[" + name + ", " + locales() + "]";
    }
}
