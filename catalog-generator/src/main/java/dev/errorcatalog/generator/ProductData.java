package dev.errorcatalog.generator;

import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.Source;
import org.apiguardian.api.API;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What the generator knows of one product once every source has been read and weighed: the facts it keeps, which
 * the writers turn into a module's constants, bundles and provenance file.
 *
 * @param product     the product id
 * @param dataVersion the versions of the sources the texts came from, in one line
 * @param sources     every source an entry names
 * @param languages   the language tags shipped, the default first
 * @param entries     every code, in order
 * @param omitted     what was left out and why, one line each (a language not every code has, a code with no text)
 * @param actions     the API actions and the codes each can return, where an official client lists them
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ProductData(String product, String dataVersion, List<Source> sources, List<String> languages,
                          List<Entry> entries, List<String> omitted, Actions actions) {

    /** A product's data without action lists. */
    public ProductData(String product, String dataVersion, List<Source> sources, List<String> languages,
                       List<Entry> entries, List<String> omitted) {
        this(product, dataVersion, sources, languages, entries, omitted, Actions.NONE);
    }

    /** This data with these action lists. */
    public ProductData withActions(Actions lists) {
        return new ProductData(product, dataVersion, sources, languages, entries, omitted, lists);
    }

    /**
     * The API actions of a product and the codes each can return, as an official client lists them
     * ({@link GoClients}).
     *
     * @param source    the client, as a source (title, version, licence); empty when there are no lists
     * @param byVersion API version ({@code 2019-01-18}) to action to its codes, each in order (versions and actions
     *                  sorted, codes as the client lists them)
     */
    public record Actions(Optional<Source> source, Map<String, Map<String, List<String>>> byVersion) {
        public static final Actions NONE = new Actions(Optional.empty(), Map.of());

        /** Every code any action lists, each once, sorted. */
        public java.util.SortedSet<String> codes() {
            java.util.TreeSet<String> all = new java.util.TreeSet<>();
            byVersion.values().forEach(actions -> actions.values().forEach(all::addAll));
            return all;
        }

        /** How many actions there are, over every version. */
        public int count() {
            return byVersion.values().stream().mapToInt(Map::size).sum();
        }
    }

    /**
     * Where the texts came from, for a person: {@link #dataVersion()}, or where no source has a version (an SDK folder
     * named without one), the sources' titles. Never empty: every code has its text from some source.
     */
    public String origin() {
        return !dataVersion.isEmpty() ? dataVersion
                : String.join(", ", sources.stream().map(Source::title).filter(t -> !t.isEmpty()).distinct().toList());
    }

    /**
     * A text and the id of the source it came from; a correction also names the official text it replaces.
     *
     * @param corrected for a correction, what it corrects
     */
    public record Text(String text, String source, Optional<Corrected> corrected) {
        public Text(String text, String source) {
            this(text, source, Optional.empty());
        }
    }

    /**
     * What a correction replaces: the official text, as its source words it, and why it is wrong.
     *
     * @param source   the id of the source whose text it replaces
     * @param replaces that text
     * @param why      the evidence: the code's name, the other language, the solution
     */
    public record Corrected(String source, String replaces, String why) {
    }

    /**
     * Why a code has its retry advice: the rule that gave it ({@link RetryRules}, or {@code maintainers}) and the text
     * it read.
     */
    public record RetryWhy(RetryAdvice advice, String rule, String evidence) {
    }

    /**
     * One code.
     *
     * @param apiVersions the API versions whose lists hold it, oldest first
     * @param messages    language tag to message
     * @param solutions   language tag to solution
     * @param helpUrl     the first link in its texts
     * @param retry       the advice, from the data's rules or the maintainers
     * @param note        why, where the maintainers say
     * @param retryWhy    the rule and text that gave {@code retry}
     */
    public record Entry(String code, List<String> apiVersions, Map<String, Text> messages, Map<String, Text> solutions,
                        Optional<URI> helpUrl, Optional<RetryAdvice> retry, boolean retryCoversSubcodes,
                        Optional<String> note, Optional<RetryWhy> retryWhy) {
        public Entry(String code, List<String> apiVersions, Map<String, Text> messages, Map<String, Text> solutions,
                     Optional<URI> helpUrl, Optional<RetryAdvice> retry, boolean retryCoversSubcodes, Optional<String> note) {
            this(code, apiVersions, messages, solutions, helpUrl, retry, retryCoversSubcodes, note,
                    retry.map(r -> new RetryWhy(r, "maintainers", note.orElse(""))));
        }
    }
}
