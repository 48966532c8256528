package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.all.EveryProduct;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.i18n.LanguageScripts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find codes by their words: the codes and their messages in every language a product ships are searched,"
                + " best match first, each with its product; the message is shown in --locale."},
        footerHeading = "%nExamples:%n",
        footer = {"  errorcatalog search too many file ids", "  errorcatalog search 未开通", "  errorcatalog search -p kms disabled"})
final class SearchCommand extends CatalogCommand {
    @Parameters(paramLabel = "WORDS", arity = "1..*", description = "Words of a message or of a code, in English or Chinese.")
    List<String> words;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "At most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    /**
     * The longest query searched: each word of it is looked for in every code and message, so a pasted page would take
     * minutes; the longest message in the catalogs is a few hundred characters.
     */
    static final int MAX_QUERY = 1000;

    @Override
    public void run() {
        String query = String.join(" ", words).strip().toLowerCase(Locale.ROOT);
        if (query.isEmpty()) {
            throw new CliException(ExitCode.BAD_INPUT, "nothing to search for");
        }
        if (query.length() > MAX_QUERY) {
            throw new CliException(ExitCode.BAD_INPUT, "the words to search for are " + query.length() + " characters long; search reads"
                    + " at most " + MAX_QUERY + " (explain reads a whole log line)");
        }
        if (limit < 1) {
            throw new CliException(ExitCode.BAD_INPUT, "--limit " + limit + " is not a positive number");
        }
        ErrorCatalog catalog = catalog();
        List<String> terms = terms(query);
        Map<String, Output.Hit> best = new LinkedHashMap<>();
        Reach reach = Reach.of(catalog);
        List<String> scope = options.scope(catalog);
        boolean everyProduct = options.product == null;
        for (String product : scope) {
            if (everyProduct && reach.collected(product)) {
                continue; // searched through catalog-all's texts below, without making the product
            }
            Locale shown = options.negotiate(catalog, product);
            Map<String, Resolution> inShown = new HashMap<>();
            catalog.product(product).entries(shown).forEach(r -> inShown.put(r.requested(), r));
            for (Locale l : catalog.product(product).locales()) {
                for (Resolution r : catalog.product(product).entries(l)) {
                    int score = score(query, terms, r.requested().toLowerCase(Locale.ROOT), r.message().toLowerCase(Locale.ROOT));
                    String key = product + ":" + r.requested();
                    if (score > 0 && (!best.containsKey(key) || best.get(key).score() < score)) {
                        best.put(key, new Output.Hit(inShown.getOrDefault(r.requested(), r), score));
                    }
                }
            }
        }
        List<Found> found = new ArrayList<>();
        best.values().forEach(h -> found.add(new Found(h.resolution().product().value(), h.resolution().requested(), h.score(),
                h.resolution().message().length(), h)));
        if (everyProduct) {
            found.addAll(collected(reach, query, terms));
        }
        found.sort(Comparator.comparingInt(Found::score).reversed()
                .thenComparing(f -> f.product().equals("common"))
                .thenComparingInt(Found::length)
                .thenComparing(Found::product).thenComparing(Found::code));
        List<Output.Hit> hits = new ArrayList<>();
        for (Found f : found.subList(0, Math.min(limit, found.size()))) {
            // a code of catalog-all's data is resolved for display now: only the products of the hits shown are made
            hits.add(f.hit() != null ? f.hit()
                    : new Output.Hit(catalog.product(f.product()).resolve(f.code(), options.negotiate(catalog, f.product())), f.score()));
        }
        if (hits.isEmpty()) {
            throw new CliException(ExitCode.NOT_FOUND, "no code or message matches " + CliException.quoted(String.join(" ", words)));
        }
        renderer().hits(hits.subList(0, Math.min(limit, hits.size())));
    }

    /**
     * A code that matched, before it is shown: its product, code and score, and the length of its text in the
     * language it is shown in when that text matched too, else of the text that matched (shorter first among equal
     * scores); the resolution when it is already made.
     */
    private record Found(String product, String code, int score, int length, Output.Hit hit) {
    }

    /**
     * The codes of catalog-all's data that match, from its texts in every language (one file each): a product is
     * scored on its best language, and its text's length is that of the language it will be shown in.
     */
    private List<Found> collected(Reach reach, String query, List<String> terms) {
        Locale asked = options.asked();
        Map<String, EveryProduct.Summary> summaries = new HashMap<>();
        reach.every().summaries().forEach(s -> summaries.put(s.product().value(), s));
        Set<Locale> languages = new LinkedHashSet<>();
        summaries.values().forEach(s -> languages.addAll(s.locales()));
        Map<String, int[]> scored = new LinkedHashMap<>(); // product:code -> score, length shown
        Map<String, String> shownText = new HashMap<>(); // the text in the language shown, of the codes that matched
        for (Locale l : languages) {
            // a text holding none of the words scores nothing: only those holding one are read
            for (EveryProduct.Text t : reach.every().textsContaining(l, candidatesOf(query, terms))) {
                String product = t.product().value();
                if (!reach.collected(product)) {
                    continue;
                }
                String code = t.code().value();
                String key = product + "\t" + code;
                if (l.equals(shownIn(summaries.get(product), asked))) {
                    shownText.put(key, t.text());
                }
                int score = score(query, terms, code.toLowerCase(Locale.ROOT), t.text().toLowerCase(Locale.ROOT));
                int[] was = scored.get(key);
                if (score > 0 && (was == null || was[0] < score)) {
                    scored.put(key, new int[]{score, t.text().length()});
                }
            }
        }
        List<Found> found = new ArrayList<>();
        scored.forEach((key, v) -> {
            int tab = key.indexOf('\t');
            String text = shownText.get(key);
            found.add(new Found(key.substring(0, tab), key.substring(tab + 1), v[0], text != null ? text.length() : v[1], null));
        });
        return found;
    }

    /** The words a text must hold one of to score at all ({@link #score}): the whole query, or one of its terms. */
    private static List<String> candidatesOf(String query, List<String> terms) {
        List<String> words = new ArrayList<>(terms);
        words.add(query);
        return words;
    }

    /** The locale a product of the data shows its texts in: the one of the language asked for, else its default. */
    private static Locale shownIn(EveryProduct.Summary product, Locale asked) {
        return product.locales().stream().filter(l -> l.getLanguage().equals(asked.getLanguage())).findFirst()
                .orElse(product.locales().get(0));
    }

    /** Words of the query; a run of Chinese characters is taken as its two-character pieces, which is how it is written. */
    static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        for (String word : query.split("[\\s\\p{Punct}，。：；、（）！？“”]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (LanguageScripts.fits(word, Locale.SIMPLIFIED_CHINESE) && word.length() > 2) {
                for (int i = 0; i + 2 <= word.length(); i++) {
                    terms.add(word.substring(i, i + 2));
                }
            } else {
                terms.add(word);
            }
        }
        return terms;
    }

    /** 0 when nothing matches; the whole query in the code or message counts most, then the share of its words found. */
    static int score(String query, List<String> terms, String code, String message) {
        int score = 0;
        if (code.equals(query)) {
            score += 1000;
        } else if (code.contains(query)) {
            score += 500;
        }
        if (message.contains(query)) {
            score += 400;
        }
        if (!terms.isEmpty()) {
            int found = 0;
            for (String t : terms) {
                if (code.contains(t) || message.contains(t)) {
                    found++;
                }
            }
            // at least half the words must be there for a partial match to count at all
            if (found * 2 >= terms.size()) {
                score += 300 * found / terms.size();
            }
        }
        return score;
    }
}
