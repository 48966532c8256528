package dev.errorcatalog.i18n;

import com.ibm.icu.util.LocaleMatcher;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Picks one of a fixed set of supported locales for what a caller asked for, by ICU's {@link LocaleMatcher}
 * (CLDR language distances, not hand-written rules). Falls back to the default locale, never to the JVM's.
 *
 * <p>Answers are remembered per distinct request, up to {@link #CACHE_LIMIT} of them, so a locale seen before
 * costs a hash lookup; past the limit, requests are matched afresh rather than growing the cache without bound.
 * Immutable and thread-safe.
 */
public final class LocaleNegotiator {
    static final int CACHE_LIMIT = 512;

    private final List<Locale> supported;
    /** The same, for the identity check that answers a caller passing a supported instance without a hash lookup. */
    private final Locale[] supportedArray;
    private final Locale defaultLocale;
    /** Built on first need: ICU's matcher loads CLDR data, which a caller asking for a supported locale never needs. */
    private volatile LocaleMatcher matcher;
    private final Map<Locale, Locale> byLocale = new ConcurrentHashMap<>();
    private final Map<String, Locale> byText = new ConcurrentHashMap<>();

    private LocaleNegotiator(List<Locale> supported, Locale defaultLocale) {
        this.supported = supported;
        this.supportedArray = supported.toArray(new Locale[0]);
        this.defaultLocale = defaultLocale;
    }

    private LocaleMatcher matcher() {
        LocaleMatcher m = matcher;
        if (m == null) {
            m = LocaleMatcher.builder().setSupportedLocales(supported).setDefaultLocale(defaultLocale).build();
            matcher = m;
        }
        return m;
    }

    /** The supported instance equal to {@code locale}, or null; a supported locale matches itself, whatever CLDR says. */
    private Locale supportedEqualTo(Locale locale) {
        for (Locale s : supported) {
            if (s.equals(locale)) {
                return s;
            }
        }
        return null;
    }

    /**
     * @param supported     the locales there are messages for
     * @param defaultLocale the answer when nothing matches; must be one of {@code supported}
     */
    public static LocaleNegotiator of(Collection<Locale> supported, Locale defaultLocale) {
        List<Locale> copy = List.copyOf(supported);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("no supported locales given");
        }
        if (!copy.contains(Objects.requireNonNull(defaultLocale, "defaultLocale"))) {
            throw new IllegalArgumentException("default locale " + defaultLocale.toLanguageTag()
                    + " is not among the supported locales " + tags(copy));
        }
        return new LocaleNegotiator(copy, defaultLocale);
    }

    /** The locales negotiated against, default first. */
    public List<Locale> supported() {
        return supported;
    }

    /** The locale given when nothing closer matches. */
    public Locale defaultLocale() {
        return defaultLocale;
    }

    /** The supported locale closest to {@code desired}; {@link Locale#ROOT} means no preference. */
    public Locale negotiate(Locale desired) {
        for (Locale s : supportedArray) {
            if (s == desired) {
                return s;
            }
        }
        Locale known = byLocale.get(Objects.requireNonNull(desired, "desired"));
        if (known != null) {
            return known;
        }
        Locale match = desired.equals(Locale.ROOT) ? defaultLocale : supportedEqualTo(desired);
        if (match == null) {
            match = canonical(matcher().getBestLocale(desired));
        }
        remember(byLocale, desired, match);
        return match;
    }

    /**
     * The supported locale closest to a tag or an Accept-Language list given as text.
     *
     * @throws InvalidLanguageTagException when the text is not a tag or a list of tags
     */
    public Locale negotiate(String tagOrList) {
        Locale known = byText.get(Objects.requireNonNull(tagOrList, "tagOrList"));
        if (known != null) {
            return known;
        }
        Locale match = negotiate(LanguageTags.parseList(tagOrList));
        remember(byText, tagOrList, match);
        return match;
    }

    /**
     * The supported locale closest to an Accept-Language header as a browser sends it: never throws; malformed items
     * are skipped, and text with no usable tag gives the default ({@link LanguageTags#parseHeader(String)}), as does
     * {@code null}, a header that was not sent.
     */
    public Locale negotiateHeader(String acceptLanguage) {
        return negotiate(LanguageTags.parseHeader(acceptLanguage));
    }

    /**
     * The supported locale closest to a priority list, most wanted first. {@link Locale#ROOT} in the list ({@code *}
     * or {@code und}: no preference) stands for every language not listed before it, as HTTP's wildcard does: when
     * nothing before it matches, the answer is the default, whatever comes after it.
     */
    public Locale negotiate(List<Locale> priorityList) {
        int any = priorityList.indexOf(Locale.ROOT);
        List<Locale> wanted = any < 0 ? priorityList : priorityList.subList(0, any);
        if (wanted.isEmpty()) {
            return defaultLocale;
        }
        Locale first = supportedEqualTo(wanted.get(0));
        if (first != null) {
            return first;
        }
        LocaleMatcher.Result match = matcher().getBestLocaleResult(wanted);
        return match.getDesiredIndex() >= 0 ? canonical(match.getSupportedLocale()) : defaultLocale;
    }

    /** The supported instance itself, so callers may compare answers by identity. */
    private Locale canonical(Locale match) {
        Locale same = supportedEqualTo(match);
        return same != null ? same : defaultLocale;
    }

    private static <K> void remember(Map<K, Locale> cache, K key, Locale value) {
        if (cache.size() < CACHE_LIMIT) {
            cache.putIfAbsent(key, value);
        }
    }

    static String tags(Collection<Locale> locales) {
        return locales.stream().map(Locale::toLanguageTag).toList().toString();
    }

    @Override
    public String toString() {
        return "LocaleNegotiator" + tags(supported) + " default " + defaultLocale.toLanguageTag();
    }
}
