package dev.errorcatalog.i18n.internal;

import dev.errorcatalog.i18n.BundleProblem;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Builds the table of one locale over a known key set, taking each key the wanted bundle lacks from the
 * default locale's bundle. Every key so taken, and every key neither has, is reported: a fallback is never silent.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class BundleFallback {
    private BundleFallback() {
    }

    /** The table for one locale and what had to be filled in or left out to make it. */
    public record Merged(Map<String, LocalizedEntry> entries, List<BundleProblem> problems) {
        /** Copies the table and the problems. */
        public Merged {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param owner    whose bundles these are, for reports
     * @param keys     the keys the table must answer for, in the order wanted
     * @param locale   the locale of the table
     * @param file     the file of that locale, for reports (also when it could not be read)
     * @param wanted   that locale's bundle, empty when it is missing or could not be read
     * @param fallback the default locale's bundle, empty when it is missing or when {@code locale} is the default;
     *                 asked for only when the wanted bundle lacks a key, so a complete bundle is the only file read
     */
    public static Merged merge(String owner, Collection<String> keys, Locale locale, String file,
                               Optional<MessageBundle> wanted, Supplier<Optional<MessageBundle>> fallback) {
        Map<String, LocalizedEntry> table = new LinkedHashMap<>();
        List<BundleProblem> problems = new ArrayList<>();
        Set<String> known = new HashSet<>(keys); // not Set.copyOf: its probing is quadratic in keys of one hash code
        for (String key : keys) {
            Optional<BundleEntry> own = wanted.isPresent() ? wanted.get().entry(key) : Optional.empty(); // no lambda: cold start
            if (own.isPresent()) {
                table.put(key, new LocalizedEntry(key, locale, own.get()));
                continue;
            }
            Optional<MessageBundle> defaults = fallback.get();
            Optional<BundleEntry> other = defaults.isPresent() ? defaults.get().entry(key) : Optional.empty();
            if (other.isPresent()) {
                Locale used = defaults.get().locale();
                table.put(key, new LocalizedEntry(key, used, other.get()));
                problems.add(BundleProblem.ofKey(owner, locale, file, key,
                        "no usable text in " + locale.toLanguageTag() + "; the " + used.toLanguageTag() + " text is used"));
            } else {
                problems.add(BundleProblem.ofKey(owner, locale, file, key, "no usable text in " + locale.toLanguageTag()
                        + defaults.map(b -> " nor in " + b.locale().toLanguageTag()).orElse("")));
            }
        }
        if (wanted.isPresent()) {
            unexpected(owner, locale, file, wanted.get(), known, problems);
        }
        return new Merged(table, problems);
    }

    /** How many keys that are not expected are named one by one; the rest are counted in one more problem. */
    static final int UNEXPECTED_NAMED = 10;

    private static void unexpected(String owner, Locale locale, String file, MessageBundle bundle, Set<String> known,
                                   List<BundleProblem> problems) {
        int count = 0;
        for (String k : bundle.entries().keySet()) {
            if (!known.contains(k) && ++count <= UNEXPECTED_NAMED) {
                problems.add(BundleProblem.ofKey(owner, locale, file, k, "not one of the " + known.size() + " expected keys; ignored"));
            }
        }
        if (count > UNEXPECTED_NAMED) {
            problems.add(BundleProblem.ofFile(owner, locale, file, (count - UNEXPECTED_NAMED) + " more keys are not among the "
                    + known.size() + " expected keys; ignored"));
        }
    }
}
