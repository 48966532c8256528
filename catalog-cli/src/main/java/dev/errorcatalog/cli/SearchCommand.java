package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.i18n.LanguageScripts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        for (String product : options.scope(catalog)) {
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
        List<Output.Hit> hits = new ArrayList<>(best.values());
        hits.sort(Comparator.comparingInt(Output.Hit::score).reversed()
                .thenComparing(h -> h.resolution().product().isCommon())
                .thenComparingInt(h -> h.resolution().message().length())
                .thenComparing(h -> h.resolution().product().value()).thenComparing(h -> h.resolution().requested()));
        if (hits.isEmpty()) {
            throw new CliException(ExitCode.NOT_APPLICABLE, "no code or message matches " + CliException.quoted(String.join(" ", words)));
        }
        renderer().hits(hits.subList(0, Math.min(limit, hits.size())));
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
