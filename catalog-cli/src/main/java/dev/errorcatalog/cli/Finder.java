package dev.errorcatalog.cli;

import dev.errorcatalog.ApiError;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.Source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Finds the answers for a code across the products in scope: every product that has the code exactly; when none
 * has it, the closest fallback; when the answer is not the very code asked for, the codes it may have meant.
 */
final class Finder {
    private final ErrorCatalog catalog;
    private final CatalogOptions options;
    private final List<String> scope;

    Finder(ErrorCatalog catalog, CatalogOptions options) {
        this.catalog = catalog;
        this.options = options;
        this.scope = options.scope(catalog);
    }

    List<Answer> lookup(String code) {
        return find(code, Optional.empty(), (p, l) -> catalog.product(p).resolve(code, l));
    }

    List<Answer> explain(ApiError error) {
        return find(error.code(), Optional.of(error), (p, l) -> catalog.product(p).resolve(error, l));
    }

    private List<Answer> find(String code, Optional<ApiError> error, BiFunction<String, Locale, Resolution> resolve) {
        List<Resolution> all = new ArrayList<>();
        for (String p : scope) {
            all.add(resolve.apply(p, options.negotiate(catalog, p)));
        }
        List<Resolution> chosen;
        if (scope.size() == 1) {
            chosen = all;
        } else {
            chosen = all.stream().filter(r -> r.kind() == MatchKind.EXACT).toList();
            if (chosen.isEmpty()) {
                chosen = closestFallback(all);
            }
        }
        List<Answer.Suggestion> suggestions = chosen.stream().anyMatch(r -> r.kind().isExactCode()) ? List.of() : suggest(code);
        Locale asked = options.asked();
        List<Answer> answers = new ArrayList<>();
        for (Resolution r : chosen) {
            Optional<String> note = asked.getLanguage().isEmpty() || r.locale().getLanguage().equals(asked.getLanguage())
                    ? Optional.empty()
                    : Optional.of(note(r, asked));
            answers.add(new Answer(r, error, note, suggestions));
        }
        return answers;
    }

    /** Why the answer is not in the language asked for. */
    private static String note(Resolution r, Locale asked) {
        if (r.origin().kind() == Source.Kind.SERVER) {
            // no text of the catalog answered: what is shown is the server's own, in whatever language it wrote
            String tag = r.locale().toLanguageTag();
            String script = r.locale().getDisplayScript(Locale.ENGLISH);
            return r.product() + " has no text for this code; the server's message is shown, in " + tag
                    + (!r.locale().getLanguage().isEmpty() ? "" : script.isEmpty() ? " (language not known)"
                    : " (" + script + " script, language not known)");
        }
        return r.product() + " has no " + asked.toLanguageTag() + " text for this code; answered in " + r.locale().toLanguageTag();
    }

    /**
     * The closest parent code: the longest any product has; when common has it too, common's answer alone, since
     * every product falls back to it alike; else what common answers (nothing).
     */
    private static List<Resolution> closestFallback(List<Resolution> all) {
        Resolution common = all.get(all.size() - 1); // common is last in the scope
        int longest = all.stream().filter(r -> r.kind() == MatchKind.PARENT)
                .mapToInt(r -> r.matchedCode().orElseThrow().value().length()).max().orElse(-1);
        if (longest < 0 || common.kind() == MatchKind.PARENT && common.matchedCode().orElseThrow().value().length() == longest) {
            return List.of(common);
        }
        return all.stream().filter(r -> r.kind() == MatchKind.PARENT
                && r.matchedCode().orElseThrow().value().length() == longest).toList();
    }

    /** Codes in scope equal but for case, else within two edits; at most three, closest first. */
    List<Answer.Suggestion> suggest(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty() || wanted.length() > ErrorCode.MAX_LENGTH) {
            return List.of();
        }
        Map<String, Integer> distance = new LinkedHashMap<>();
        Map<String, Answer.Suggestion> byCode = new LinkedHashMap<>();
        List<String> products = new ArrayList<>(scope);
        if (!products.contains("common")) {
            products.add("common");
        }
        for (String p : products) {
            for (ErrorCode c : catalog.product(p).codes()) {
                String candidate = c.value();
                if (candidate.equals(code.strip())) {
                    continue;
                }
                int d = candidate.equalsIgnoreCase(wanted) ? 0 : edits(wanted, candidate.toLowerCase(Locale.ROOT), 2);
                if (d <= 2 && !byCode.containsKey(p + ":" + candidate)) {
                    byCode.put(p + ":" + candidate, new Answer.Suggestion(p, candidate));
                    distance.put(p + ":" + candidate, d);
                }
            }
        }
        return distance.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder())).limit(3)
                .map(e -> byCode.get(e.getKey())).toList();
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it is known to exceed the limit. */
    static int edits(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
