package dev.errorcatalog.cli;

import dev.errorcatalog.ApiAction;
import dev.errorcatalog.ApiError;
import dev.errorcatalog.ApiVersion;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.Source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Finds the answers for a code across the products in scope: every product that has the code exactly; when none
 * has it, the closest fallback; when the answer is not the very code asked for, the codes it may have meant.
 */
final class Finder {
    private final ErrorCatalog catalog;
    private final CatalogOptions options;
    /** The product given (or the failed call's action's), or empty for every installed product. */
    private Optional<String> given;
    /** The failed call's API action, when known. */
    private Optional<ApiAction> action = Optional.empty();
    private final Reach reach;
    /** The products asked so far, for a test to tell that not every product was made. */
    private final Set<String> asked = new TreeSet<>();
    /** The product of the API 2.0 codes. */
    private static final String LEGACY = "legacy";

    Finder(ErrorCatalog catalog, CatalogOptions options) {
        this.catalog = catalog;
        this.options = options;
        List<String> scope = options.scope(catalog);
        this.given = options.product == null ? Optional.empty() : Optional.of(scope.get(0));
        this.reach = Reach.of(catalog);
    }

    /**
     * The failed call's API action: each answer of its product then says whether the action's list names the code
     * ({@link Resolution#action()}). When no product was given, the action's product is the one asked.
     */
    Finder action(ApiAction action) {
        this.action = Optional.of(action);
        if (options.product == null && catalog.products().contains(action.product())) {
            given = Optional.of(action.product().value());
        }
        return this;
    }

    List<Answer> lookup(String code) {
        return find(code, Optional.empty(), (p, l) -> forAction(p).isPresent()
                ? catalog.product(p).resolve(new ApiError(code, Optional.empty(), Optional.empty(), ApiVersion.V3,
                java.util.OptionalInt.empty()), l, forAction(p).get())
                : catalog.product(p).resolve(code, l));
    }

    List<Answer> explain(ApiError error) {
        return find(error.code(), Optional.of(error), (p, l) -> forAction(p).isPresent()
                ? catalog.product(p).resolve(error, l, forAction(p).get()) : catalog.product(p).resolve(error, l));
    }

    /** The action, when it is one of this product's. */
    private Optional<ApiAction> forAction(String product) {
        return action.filter(a -> a.product().value().equals(product));
    }

    /** The products resolved so far, by id. */
    Set<String> asked() {
        return Set.copyOf(asked);
    }

    private List<Answer> find(String code, Optional<ApiError> error, BiFunction<String, Locale, Resolution> resolve) {
        Map<String, Resolution> resolved = new LinkedHashMap<>();
        Consumer<String> ask = p -> resolved.computeIfAbsent(p, q -> {
            asked.add(q);
            return resolve.apply(q, options.negotiate(catalog, q));
        });
        List<Resolution> chosen;
        if (given.isPresent()) {
            ask.accept(given.get());
            chosen = List.copyOf(resolved.values());
        } else {
            // the products that can hold the code: every one not of catalog-all's data, and those the index names
            reach.others().forEach(ask);
            Optional<ErrorCode> parsed = ErrorCode.isValid(code.strip()) ? Optional.of(ErrorCode.parse(code.strip())) : Optional.empty();
            parsed.ifPresent(c -> reach.declaring(c).forEach(ask));
            ask.accept(ProductId.COMMON.value());
            chosen = inOrder(resolved.values().stream().filter(r -> r.kind() == MatchKind.EXACT).toList());
            if (chosen.isEmpty()) {
                // a miss: the closest ancestor, level by level from the deepest, until no shallower one can be closer
                for (Optional<ErrorCode> level = parsed.flatMap(ErrorCode::parent); level.isPresent(); level = level.get().parent()) {
                    int length = level.get().value().length();
                    Resolution common = resolved.get(ProductId.COMMON.value());
                    boolean commonAnswers = common.kind() == MatchKind.PARENT && common.matchedCode().orElseThrow().value().length() >= length;
                    // common answering at this level answers alone (every product falls back to it alike): no more to ask
                    if (commonAnswers || longestParent(resolved.values()) > length) {
                        break;
                    }
                    reach.declaring(level.get()).forEach(ask);
                    if (longestParent(resolved.values()) >= length) {
                        break;
                    }
                }
                chosen = closestFallback(inOrder(resolved.values()));
            }
        }
        // an API 2.0 body came from an API 2.0 endpoint, which legacy describes: when it holds the code, it answers alone
        List<ProductId> alsoIn = List.of();
        if (given.isEmpty() && error.isPresent() && error.get().version() == ApiVersion.V2) {
            Optional<Resolution> legacy = chosen.stream().filter(r -> r.kind() == MatchKind.EXACT
                    && r.product().value().equals(LEGACY)).findFirst();
            if (legacy.isPresent()) {
                alsoIn = chosen.stream().map(Resolution::product).filter(p -> !p.value().equals(LEGACY)).toList();
                chosen = List.of(legacy.get());
            }
        }
        List<Answer.Suggestion> suggestions = chosen.stream().anyMatch(r -> r.kind().isExactCode()) ? List.of() : suggest(code);
        Locale asked = options.asked();
        List<Answer> answers = new ArrayList<>();
        for (List<Resolution> same : alike(chosen)) {
            Resolution r = same.get(0);
            List<ProductId> products = same.stream().map(Resolution::product).toList();
            Optional<String> note = asked.getLanguage().isEmpty() || r.locale().getLanguage().equals(asked.getLanguage())
                    ? Optional.empty()
                    : Optional.of(note(r, products, asked));
            answers.add(new Answer(r, error, note, suggestions, products, alsoIn, given));
        }
        return answers;
    }

    /** By product id, common last, as the products are listed. */
    private static List<Resolution> inOrder(Collection<Resolution> all) {
        return all.stream().sorted(Comparator.comparing((Resolution r) -> r.product().isCommon())
                .thenComparing(r -> r.product().value())).toList();
    }

    private static int longestParent(Collection<Resolution> all) {
        return all.stream().filter(r -> r.kind() == MatchKind.PARENT)
                .mapToInt(r -> r.matchedCode().orElseThrow().value().length()).max().orElse(-1);
    }

    /**
     * The answers that read the same but for their product, together, in the order of their first: a code most
     * products hold with the same text is one answer naming them. What differs from product to product and is not
     * shown for a group (its API versions) does not part them.
     */
    private static List<List<Resolution>> alike(List<Resolution> chosen) {
        Map<Object, List<Resolution>> groups = new LinkedHashMap<>();
        for (Resolution r : chosen) {
            groups.computeIfAbsent(sameness(r), k -> new ArrayList<>()).add(r);
        }
        return List.copyOf(groups.values());
    }

    /** What an answer shows but its product: equal for two answers that read the same. */
    private static List<Object> sameness(Resolution r) {
        String self = r.product().value();
        // the product's own entry is named as the product is: a group names each product's own
        Optional<String> matchedProduct = r.matchedProduct().map(Object::toString).map(m -> m.equals(self) ? "" : m);
        // so is the entry that advises; why it advises, and what a correction replaces, part answers as their text does
        Optional<List<String>> retryEvidence = r.retryEvidence().map(e -> List.of(e.rule(), e.evidence(),
                e.decidedBy().startsWith(self + ":") ? e.decidedBy().substring(self.length()) : e.decidedBy()));
        return List.of(r.requested(), r.kind(), r.matchedCode().map(Object::toString), matchedProduct, r.locale(), r.message(),
                r.title(), r.variants(), r.retry(), retryEvidence, r.origin(), r.correction(),
                r.solution().map(s -> List.of(s.text(), s.locale(), s.origin())),
                r.helpUrl().map(Object::toString), r.successor().map(Object::toString), r.exactTextIn(),
                r.explain().replace(self, "\u0000"));
    }

    /** Why the answer is not in the language asked for. */
    private static String note(Resolution r, List<ProductId> products, Locale asked) {
        String who = products.size() == 1 ? products.get(0).value() : "each of these " + products.size() + " products";
        if (r.origin().kind() == Source.Kind.SERVER) {
            // no text of the catalog answered: what is shown is the server's own, in whatever language it wrote
            String tag = r.locale().toLanguageTag();
            String script = r.locale().getDisplayScript(Locale.ENGLISH);
            return who + " has no text for this code; the server's message is shown, in " + tag
                    + (!r.locale().getLanguage().isEmpty() ? "" : script.isEmpty() ? " (language not known)"
                    : " (" + script + " script, language not known)");
        }
        return who + " has no " + asked.toLanguageTag() + " text for this code; answered in " + r.locale().toLanguageTag();
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

    /** The most suggestions an answer gives. */
    static final int MAX_SUGGESTIONS = 3;

    /**
     * The codes the input may have meant, at most {@value #MAX_SUGGESTIONS}, the strongest first ({@link Answer.Why}):
     * the very code in a product other than the one given; a code in scope equal but for case; within two edits; whose
     * last parts are what was typed. A code several products hold is suggested once, with the first of them.
     */
    List<Answer.Suggestion> suggest(String code) {
        String typed = code.strip();
        String wanted = typed.toLowerCase(Locale.ROOT);
        if (wanted.isEmpty() || wanted.length() > ErrorCode.MAX_LENGTH) {
            return List.of();
        }
        String ending = "." + wanted;
        Map<String, Answer.Suggestion> byCode = new LinkedHashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        BiConsumer<String, String> consider = (p, candidate) -> {
            if (candidate.equals(typed)) {
                return;
            }
            String lower = candidate.toLowerCase(Locale.ROOT);
            int d = lower.equals(wanted) ? 0 : edits(wanted, lower, 2);
            Answer.Why why = d == 0 ? Answer.Why.CASE : d <= 2 ? Answer.Why.TYPO : lower.endsWith(ending) ? Answer.Why.ENDING : null;
            if (why == null) {
                return;
            }
            // closer first: case, one edit, two edits, an ending (the shorter code first among endings)
            int r = d <= 2 ? d : 3 + candidate.length();
            if (!rank.containsKey(candidate) || rank.get(candidate) > r) {
                rank.put(candidate, r);
                byCode.put(candidate, new Answer.Suggestion(p, candidate, why));
            }
        };
        List<Answer.Suggestion> elsewhere = given.isPresent() ? exactElsewhere(typed) : List.of();
        List<String> products = new ArrayList<>(given.map(List::of).orElse(reach.others()));
        products.add(ProductId.COMMON.value());
        for (String p : new LinkedHashSet<>(products)) {
            catalog.product(p).codes().forEach(c -> consider.accept(p, c.value()));
        }
        if (given.isEmpty()) {
            // catalog-all's codes from its index, each named with the first product declaring it: none is made
            for (ErrorCode c : reach.every().codes()) {
                if (byCode.containsKey(c.value()) && rank.get(c.value()) == 0) {
                    continue;
                }
                List<String> holders = reach.declaring(c);
                if (!holders.isEmpty()) {
                    consider.accept(holders.get(0), c.value());
                }
            }
        }
        List<Answer.Suggestion> all = new ArrayList<>(elsewhere);
        rank.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> byCode.get(e.getKey())).forEach(all::add);
        return List.copyOf(all.subList(0, Math.min(MAX_SUGGESTIONS, all.size())));
    }

    /** The very code in the first product other than the one given that holds it (VOD, KMS, Live, legacy first), if any. */
    private List<Answer.Suggestion> exactElsewhere(String typed) {
        if (!ErrorCode.isValid(typed)) {
            return List.of();
        }
        ErrorCode parsed = ErrorCode.parse(typed);
        List<String> holders = new ArrayList<>();
        for (String p : reach.others()) {
            if (catalog.product(p).codes().contains(parsed)) {
                holders.add(p);
            }
        }
        holders.addAll(reach.declaring(parsed));
        holders.remove(given.orElseThrow());
        holders.remove(ProductId.COMMON.value());
        return holders.isEmpty() ? List.of() : List.of(new Answer.Suggestion(holders.get(0), typed, Answer.Why.OTHER_PRODUCT));
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
