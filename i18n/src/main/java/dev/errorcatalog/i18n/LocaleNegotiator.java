package dev.errorcatalog.i18n;

import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.ULocale;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Picks one of a fixed set of supported locales for what a caller asked for, by ICU's {@link LocaleMatcher}
 * (CLDR language distances, not hand-written rules). Falls back to the default locale, never to the JVM's.
 *
 * <p>A language the caller refused ({@code q=0} in an Accept-Language list given as text, as RFC 9110 says: "not
 * acceptable") is never the answer while a supported locale that was not refused remains: not through the wildcard,
 * and not through the default, which gives way to the first supported locale not refused. A refusal covers the
 * supported locales it names every subtag of ({@code en;q=0} covers {@code en} and {@code en-US}, {@code zh-Hans;q=0}
 * covers {@code zh-CN}, whose script is Simplified); the most specific ranges covering a locale decide, so
 * {@code en-US;q=0, en} leaves {@code en} acceptable and {@code zh;q=0, zh-CN} accepts {@code zh-CN}. When every
 * supported locale is refused, the answer is the default, as for a request nothing matches: the negotiator always
 * answers with a locale there are messages for.
 *
 * <p>Answers are remembered per distinct request, up to {@link #CACHE_LIMIT} of them, so a locale seen before
 * costs a hash lookup; past the limit, requests are matched afresh rather than growing the cache without bound.
 * Its answers never change: the supported locales and the default are fixed when it is built, and the same request
 * always gets the same locale. It is not immutable inside, as those caches (and ICU's matchers, built on first need)
 * fill as requests come; it is thread-safe, and may be shared.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
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
    /** Matchers over the supported locales some request left unrefused, built when first needed. */
    private final Map<List<Locale>, LocaleMatcher> matchersWithout = new ConcurrentHashMap<>();
    /** The script of each supported locale, given or likely ({@code zh-CN} is Hans); built when a refusal names a script. */
    private volatile String[] scripts;

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
     * @throws InvalidValueException when no locale is given, or the default is not among them
     */
    public static LocaleNegotiator of(Collection<Locale> supported, Locale defaultLocale) {
        List<Locale> copy = List.copyOf(supported);
        if (copy.isEmpty()) {
            throw new InvalidValueException("LocaleNegotiator.of(supported)", "no supported locales given");
        }
        if (!copy.contains(Objects.requireNonNull(defaultLocale, "defaultLocale"))) {
            throw new InvalidValueException("LocaleNegotiator.of(defaultLocale)", "default locale '"
                    + Printable.of(defaultLocale.toLanguageTag()) + "' is not among the supported locales " + Printable.of(tags(copy)));
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
            match = canonical(matcher().getBestLocale(desired), defaultLocale);
        }
        remember(byLocale, desired, match);
        return match;
    }

    /**
     * The supported locale closest to a tag or an Accept-Language list given as text; a language the list refuses
     * ({@code q=0}) is not the answer while another supported locale is acceptable (see the class comment).
     *
     * @throws InvalidLanguageTagException when the text is not a tag or a list of tags
     */
    public Locale negotiate(String tagOrList) {
        Locale known = byText.get(Objects.requireNonNull(tagOrList, "tagOrList"));
        if (known != null) {
            return known;
        }
        Locale match = negotiateRanges(LanguageTags.ranges(tagOrList));
        remember(byText, tagOrList, match);
        return match;
    }

    /**
     * The supported locale closest to an Accept-Language header as a browser sends it: never throws; malformed items
     * are skipped, and text with no usable tag gives the default ({@link LanguageTags#parseHeader(String)}), as does
     * {@code null}, a header that was not sent. A refused language ({@code q=0}) is not the answer while another
     * supported locale is acceptable (see the class comment).
     */
    public Locale negotiateHeader(String acceptLanguage) {
        return negotiateRanges(LanguageTags.headerRanges(acceptLanguage));
    }

    /** The answer for the items of a list, refusals ({@code q=0}) included. */
    private Locale negotiateRanges(List<LanguageTags.Range> ranges) {
        List<Locale> wanted = LanguageTags.byWeight(ranges);
        if (ranges.stream().allMatch(r -> r.weight() > 0)) {
            return negotiate(wanted);
        }
        List<Locale> acceptable = new ArrayList<>(supported.size());
        for (int i = 0; i < supportedArray.length; i++) {
            if (!isRefused(i, ranges)) {
                acceptable.add(supportedArray[i]);
            }
        }
        if (acceptable.isEmpty()) {
            return defaultLocale; // nothing acceptable: the default, as for a request nothing matches
        }
        if (acceptable.size() == supportedArray.length) {
            return negotiate(wanted);
        }
        Locale fallback = acceptable.contains(defaultLocale) ? defaultLocale : acceptable.get(0);
        return choose(wanted, acceptable, fallback);
    }

    /**
     * Whether the most specific ranges covering the supported locale at {@code index} refuse it; an equally specific
     * acceptance does not override a refusal.
     */
    private boolean isRefused(int index, List<LanguageTags.Range> ranges) {
        int decidingSpecificity = -1;
        boolean refused = false;
        for (LanguageTags.Range range : ranges) {
            int specificity = coverage(range.locale(), index);
            if (specificity < 0) {
                continue;
            }
            if (specificity > decidingSpecificity) {
                decidingSpecificity = specificity;
                refused = range.weight() == 0;
            } else if (specificity == decidingSpecificity && range.weight() == 0) {
                refused = true;
            }
        }
        return refused;
    }

    /**
     * How many subtags of {@code range} there are if every one is that of the supported locale at {@code index}
     * (0 for {@code *}), or -1 if the range does not cover it. A locale without a script has its likely one.
     */
    private int coverage(Locale range, int index) {
        Locale locale = supportedArray[index];
        int subtags = 0;
        if (!range.getLanguage().isEmpty()) {
            if (!range.getLanguage().equals(locale.getLanguage())) {
                return -1;
            }
            subtags++;
        }
        if (!range.getScript().isEmpty()) {
            if (!range.getScript().equals(scripts()[index])) {
                return -1;
            }
            subtags++;
        }
        if (!range.getCountry().isEmpty()) {
            if (!range.getCountry().equals(locale.getCountry())) {
                return -1;
            }
            subtags++;
        }
        if (!range.getVariant().isEmpty()) {
            // Locale keeps a variant's case as written; ICU's form is upper case (ASCII only, no Unicode folding)
            if (!ULocale.forLocale(range).getVariant().equals(ULocale.forLocale(locale).getVariant())) {
                return -1;
            }
            subtags++;
        }
        return subtags;
    }

    private String[] scripts() {
        String[] s = scripts;
        if (s == null) {
            s = new String[supportedArray.length];
            for (int i = 0; i < s.length; i++) {
                String given = supportedArray[i].getScript();
                s[i] = given.isEmpty() ? ULocale.addLikelySubtags(ULocale.forLocale(supportedArray[i])).getScript() : given;
            }
            scripts = s;
        }
        return s;
    }

    /**
     * The supported locale closest to a priority list, most wanted first. {@link Locale#ROOT} in the list ({@code *}
     * or {@code und}: no preference) stands for every language not listed before it, as HTTP's wildcard does: when
     * nothing before it matches, the answer is the default, whatever comes after it.
     */
    public Locale negotiate(List<Locale> priorityList) {
        return choose(priorityList, supported, defaultLocale);
    }

    /** The closest of {@code candidates} (all supported, or those a request did not refuse), else {@code fallback}. */
    private Locale choose(List<Locale> priorityList, List<Locale> candidates, Locale fallback) {
        int any = priorityList.indexOf(Locale.ROOT);
        List<Locale> wanted = any < 0 ? priorityList : priorityList.subList(0, any);
        if (wanted.isEmpty()) {
            return fallback;
        }
        if (candidates.contains(wanted.get(0))) {
            return supportedEqualTo(wanted.get(0));
        }
        LocaleMatcher m = candidates == supported ? matcher() : matchersWithout.get(candidates);
        if (m == null) {
            m = LocaleMatcher.builder().setSupportedLocales(candidates).setDefaultLocale(fallback).build();
            if (matchersWithout.size() < CACHE_LIMIT) {
                matchersWithout.putIfAbsent(candidates, m);
            }
        }
        LocaleMatcher.Result match = m.getBestLocaleResult(wanted);
        return match.getDesiredIndex() >= 0 ? canonical(match.getSupportedLocale(), fallback) : fallback;
    }

    /** The supported instance itself, so callers may compare answers by identity. */
    private Locale canonical(Locale match, Locale fallback) {
        Locale same = supportedEqualTo(match);
        return same != null ? same : fallback;
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
