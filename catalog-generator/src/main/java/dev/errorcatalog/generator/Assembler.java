package dev.errorcatalog.generator;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.Source;
import dev.errorcatalog.i18n.LanguageScripts;
import dev.errorcatalog.i18n.Printable;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Weighs every source of one product, per code and language: a source document's row, verbatim; else the official
 * text (the SDK's enum for its language, the common tables for the common codes, the error centre's description
 * for Chinese); else the maintainers' own text. Text that is absent, a placeholder, the code again, or in the wrong
 * script counts as absent. Nothing is invented: a language without text for every code is not shipped, unless
 * {@link #complete()} demands it, and then the gap is an error naming each code; or, with {@link #perCodeLanguages()},
 * each code keeps the languages it has text in.
 */
final class Assembler {
    /** The languages the official lists are in, in the order the generator prefers a default: a product's unless it says. */
    public static final List<String> DEFAULT_LANGUAGES = List.of("en", "zh-CN");

    /** A source document and what it is to this product. */
    public record Document(SeedTable table, String language, Source source, boolean commonTableOnly) {
    }

    /** An SDK's enums and the source they stand for. */
    public record Sdk(SdkSources sources, String language, Source source) {
    }

    /** The most codes an omitted line lists by name. */
    private static final int MAX_LISTED = 100;

    private final String product;
    /** The languages asked for, the default first: the product's own, so a third language of one is none of another's. */
    private final List<String> languages;
    /** The product's SDK enum files read by the last {@link #assemble()}, for errors about the product as a whole. */
    private final List<String> sdkFiles = new ArrayList<>();
    private final List<Document> documents = new ArrayList<>();
    private final List<Sdk> sdks = new ArrayList<>();
    private Optional<CommonTables> commonTables = Optional.empty();
    private Source commonSource;
    private Optional<ErrorCentreFeed> centre = Optional.empty();
    private Source centreSource;
    private Editorial editorial = Editorial.NONE;
    private Source editorialSource;
    private boolean complete;
    private boolean perCode;
    /** The id a correction's source gets: the corrected source's, after this. */
    static final String CORRECTION_PREFIX = "correction-of-";
    /** The source of each corrected source's corrections, by the corrected source's id. */
    private final Map<String, Source> corrections = new LinkedHashMap<>();
    private final Set<String> appliedCorrections = new java.util.HashSet<>();

    public Assembler(String product) {
        this(product, DEFAULT_LANGUAGES);
    }

    public Assembler(String product, List<String> languages) {
        this.product = product;
        this.languages = List.copyOf(languages);
    }

    public Assembler document(SeedTable table, String language, Source source, boolean commonTableOnly) {
        documents.add(new Document(table, language, source, commonTableOnly));
        return this;
    }

    public Assembler sdk(SdkSources sources, String language, Source source) {
        sdks.add(new Sdk(sources, language, source));
        return this;
    }

    public Assembler commonTables(CommonTables tables, Source source) {
        this.commonTables = Optional.of(tables);
        this.commonSource = source;
        return this;
    }

    public Assembler errorCentre(ErrorCentreFeed feed, Source source) {
        this.centre = Optional.of(feed);
        this.centreSource = source;
        return this;
    }

    public Assembler editorial(Editorial editorial, Source source) {
        this.editorial = editorial;
        this.editorialSource = source;
        return this;
    }

    /** Every code must have text in every language: a gap fails, naming the codes, instead of dropping a language. */
    public Assembler complete() {
        this.complete = true;
        return this;
    }

    /**
     * Each code keeps the languages the sources word it in, rather than the product shipping only the languages every
     * code has: the product's languages are every language any code has, in the order asked for (so English first when
     * present, else Chinese). A code with no text in any language is left out, one {@code omitted} line naming it and
     * why. For a product served from data, with no typed constants: so two codes of one constant name are both kept.
     */
    public Assembler perCodeLanguages() {
        this.perCode = true;
        return this;
    }

    /**
     * @throws SourceFormatException where a source is unreadable or, when complete, a code lacks a language
     * @throws IllegalStateException when asked both for {@link #complete()} and {@link #perCodeLanguages()}
     */
    public ProductData assemble() {
        if (complete && perCode) {
            throw new IllegalStateException("complete() and perCodeLanguages() exclude each other: every code in every"
                    + " language, or each code in its own");
        }
        Map<String, Map<String, SdkEnumParser.Constant>> sdkByLanguage = new LinkedHashMap<>();
        Map<String, Source> sdkSource = new LinkedHashMap<>();
        Map<String, Set<String>> apiVersions = new TreeMap<>();
        // a constant whose code the catalog cannot hold (InternalError.SYS_ERR) is left out and listed, with where
        Map<String, String> notCodes = new TreeMap<>();
        // per code, an SDK's enum that lists no code (// No Errorcode) is said, not an error: the product has others
        List<String> listingNone = new ArrayList<>();
        sdkFiles.clear();
        for (Sdk sdk : sdks) {
            Map<String, SdkEnumParser.Constant> byCode = sdkByLanguage.computeIfAbsent(sdk.language(), k -> new LinkedHashMap<>());
            sdkSource.put(sdk.language(), sdk.source());
            sdk.sources().product(product).ifPresent(versions -> versions.forEach((version, file) -> {
                sdkFiles.add(file.path());
                List<SdkEnumParser.Constant> constants = perCode ? file.constantsOrNone() : file.constants();
                if (constants.isEmpty()) {
                    listingNone.add(file.relative() + ": the " + sdk.language() + " SDK's enum for API " + version + " lists no code");
                }
                for (SdkEnumParser.Constant c : constants) {
                    if (!ErrorCode.isValid(c.code())) {
                        // the path inside the sources: the generated module's notes are the same on every machine
                        notCodes.putIfAbsent(c.code(), file.relative() + ":" + c.line());
                        continue;
                    }
                    apiVersions.computeIfAbsent(c.code(), k -> new TreeSet<>()).add(version);
                    // the oldest version's text first; a newer one only fills a gap
                    SdkEnumParser.Constant seen = byCode.get(c.code());
                    if (seen == null || Texts.present(seen.comment(), c.code()).isEmpty()) {
                        byCode.put(c.code(), c);
                    }
                }
            }));
        }
        Map<String, ErrorCentreFeed.Row> feed = centre.map(f -> f.product(product)).orElse(Map.of());

        Set<String> codes = new TreeSet<>(apiVersions.keySet());
        for (Document d : documents) {
            codes.addAll(d.commonTableOnly() ? d.table().common().keySet() : d.table().business().keySet());
        }
        commonTables.ifPresent(t -> {
            codes.addAll(t.chinese().keySet());
            codes.addAll(t.english().keySet());
        });
        // a code the maintainers add themselves (not yet in any list) is a code too, with their texts
        editorial.messages().values().forEach(m -> codes.addAll(m.keySet()));
        if (codes.isEmpty() && !perCode) {
            throw new SourceFormatException(where(), 0, (notCodes.isEmpty() ? "no source lists any code of product '" + product + "'"
                    : "no constant of product '" + product + "' has a code the catalog can hold, such as "
                    + Inputs.quote(notCodes.keySet().iterator().next())) + others());
        }
        // without constants (per code), no two codes clash
        Map<String, String> clashes = perCode ? Map.of() : clashes(codes);
        if (complete && !clashes.isEmpty()) {
            throw new SourceFormatException(product, 0, "codes whose constants clash: " + listed(clashes));
        }
        codes.removeAll(clashes.keySet());

        List<ProductData.Entry> entries = new ArrayList<>();
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (String code : codes) {
            Map<String, ProductData.Text> messages = new LinkedHashMap<>();
            Map<String, ProductData.Text> solutions = new LinkedHashMap<>();
            List<URI> links = new ArrayList<>();
            for (String language : languages) {
                Optional<ProductData.Text> text = message(code, language, sdkByLanguage, sdkSource, feed, links);
                text.ifPresentOrElse(t -> messages.put(language, t),
                        () -> missing.computeIfAbsent(language, k -> new ArrayList<>()).add(code));
                solution(code, language, feed).ifPresent(t -> solutions.put(language, t));
            }
            Optional<ProductData.RetryWhy> retry = retry(code, messages, solutions);
            entries.add(new ProductData.Entry(code, List.copyOf(apiVersions.getOrDefault(code, Set.of())), messages, solutions,
                    links.stream().findFirst(), retry.map(ProductData.RetryWhy::advice),
                    editorial.retryCoversSubcodes().contains(code), Optional.ofNullable(editorial.notes().get(code)), retry));
        }
        unusedCorrections();
        if (perCode) {
            ProductData data = perCodeResult(entries, notCodes, sdkByLanguage, feed);
            listingNone.addAll(data.omitted());
            return new ProductData(data.product(), data.dataVersion(), data.sources(), data.languages(), data.entries(), listingNone);
        }
        return result(entries, missing, notCodes, clashes);
    }

    /** Each code with the languages it has; the codes with none, and the constants that are no code, one line each. */
    private ProductData perCodeResult(List<ProductData.Entry> entries, Map<String, String> notCodes,
                                      Map<String, Map<String, SdkEnumParser.Constant>> sdk, Map<String, ErrorCentreFeed.Row> feed) {
        List<String> omitted = new ArrayList<>();
        List<ProductData.Entry> kept = new ArrayList<>();
        Set<String> present = new LinkedHashSet<>();
        for (ProductData.Entry e : entries) {
            if (e.messages().isEmpty()) {
                omitted.add(e.code() + ": no text in any language (" + String.join("; ", languages.stream()
                        .map(l -> whyNoText(e.code(), l, sdk, feed)).toList()) + ")");
            } else {
                // a solution goes with a message in its language
                kept.add(only(e, List.copyOf(e.messages().keySet())));
                present.addAll(e.messages().keySet());
            }
        }
        notCodes.forEach((code, where) -> omitted.add(Printable.shorten(code, 80) + ": not an error code the catalog can hold ("
                + where + ")"));
        List<String> productLanguages = languages.stream().filter(present::contains).toList();
        return new ProductData(product, dataVersion(used(kept)), used(kept), productLanguages, kept, omitted);
    }

    /** Why the sources give a code no text in a language, for an omitted line. */
    private String whyNoText(String code, String language, Map<String, Map<String, SdkEnumParser.Constant>> sdk,
                             Map<String, ErrorCentreFeed.Row> feed) {
        SdkEnumParser.Constant c = sdk.getOrDefault(language, Map.of()).get(code);
        String why = c == null ? "no " + language + " enum lists it"
                : Texts.present(c.comment(), code).isEmpty() ? language + ": its comment is empty, a placeholder or the code"
                : language + ": its comment is not in the language's script";
        if (language.equals("zh-CN") && feed.containsKey(code)) {
            why += feed.get(code).description().isEmpty() ? ", nor has the error centre a description"
                    : ", nor is the error centre's description in the script";
        }
        return why;
    }

    /** The sources the entries' texts name, in the order they were given. */
    private List<Source> used(List<ProductData.Entry> entries) {
        Set<String> used = new LinkedHashSet<>();
        entries.forEach(e -> {
            e.messages().values().forEach(t -> {
                used.add(t.source());
                t.corrected().ifPresent(c -> used.add(c.source()));
            });
            e.solutions().values().forEach(t -> used.add(t.source()));
        });
        return allSources().stream().filter(s -> used.contains(s.id())).toList();
    }

    /** The versions of the sources in one line: {@code tencentcloud-sdk-java 3.2.11, ...}. */
    static String dataVersion(List<Source> sources) {
        return String.join(", ", sources.stream().filter(s -> !s.version().isEmpty() && s.kind() != Source.Kind.CORRECTION)
                .map(s -> s.title() + " " + s.version()).distinct().toList());
    }

    /** The file an error about the whole product names: the product's first SDK enum, else the product. */
    private String where() {
        return sdkFiles.isEmpty() ? product : sdkFiles.get(0);
    }

    private String others() {
        return sdkFiles.size() > 1 ? " (nor in the " + (sdkFiles.size() - 1) + " other enum file(s) of the product)" : "";
    }

    /**
     * The codes that cannot have a constant of their own, each with why: two codes of one constant name
     * ({@code FailedOperation.AB} and {@code FailedOperation.Ab}), and a product's code named as the enum's own
     * {@code PRODUCT} field. The first in order keeps the name.
     */
    private Map<String, String> clashes(Set<String> codes) {
        Map<String, String> clashes = new TreeMap<>();
        Map<String, String> owners = new HashMap<>();
        for (String code : codes) {
            String constant = ErrorCode.parse(code).constantName();
            if (constant.equals("PRODUCT") && !product.equals(ProductId.COMMON.value())) {
                clashes.put(code, "its constant would be PRODUCT, the enum's field for the product id");
                continue;
            }
            String owner = owners.putIfAbsent(constant, code);
            if (owner != null) {
                clashes.put(code, "its constant " + constant + " is " + owner + "'s");
            }
        }
        return clashes;
    }

    /** Codes (or other text from the sources) with a note each, quoted for a message or a file; a long list is cut. */
    private static String listed(Map<String, String> notes) {
        List<String> listed = new ArrayList<>();
        for (Map.Entry<String, String> n : notes.entrySet()) {
            if (listed.size() == MAX_LISTED) {
                listed.add("and " + (notes.size() - MAX_LISTED) + " more");
                break;
            }
            listed.add(Printable.shorten(n.getKey(), 80) + " (" + Printable.shorten(n.getValue(), 200) + ")");
        }
        return String.join(", ", listed);
    }

    private ProductData result(List<ProductData.Entry> entries, Map<String, List<String>> missing,
                               Map<String, String> notCodes, Map<String, String> clashes) {
        List<String> omitted = new ArrayList<>();
        if (complete && !missing.isEmpty()) {
            StringBuilder s = new StringBuilder();
            missing.forEach((language, codes) -> s.append("\n  no ").append(language).append(" text for ")
                    .append(product).append(": ").append(String.join(", ", codes)));
            throw new SourceFormatException(product, 0, "codes without text in a language (add them to the maintainers' file)" + s);
        }
        List<String> shippedLanguages = new ArrayList<>();
        List<ProductData.Entry> kept = entries;
        for (String language : languages) {
            if (!missing.containsKey(language)) {
                shippedLanguages.add(language);
            }
        }
        if (shippedLanguages.isEmpty()) {
            // no language covers every code: ship the one that covers most, and leave out the codes it lacks
            String best = languages.stream().min((a, b) -> Integer.compare(missing.get(a).size(), missing.get(b).size())).orElseThrow();
            shippedLanguages.add(best);
            Set<String> lacking = new TreeSet<>(missing.get(best));
            kept = entries.stream().filter(e -> !lacking.contains(e.code())).toList();
            omitted.add("left out " + lacking.size() + " code(s) no source words in any shipped language: " + String.join(", ", lacking));
        }
        for (String language : languages) {
            if (!shippedLanguages.contains(language)) {
                omitted.add(language + " not shipped: " + missing.get(language).size() + " of " + entries.size()
                        + " codes have no " + language + " text in the sources given");
            }
        }
        if (!notCodes.isEmpty()) {
            omitted.add("left out " + notCodes.size() + " SDK constant(s) whose code is not an error code the catalog "
                    + "can hold: " + listed(notCodes));
        }
        if (!clashes.isEmpty()) {
            omitted.add("left out " + clashes.size() + " code(s) without a constant name of their own: " + listed(clashes));
        }
        if (kept.isEmpty()) {
            // an enum of no constants is no Java, and a module of no codes no use
            throw new SourceFormatException(where(), 0, "no code of product '" + product + "' has text in any language"
                    + " asked for (" + String.join(", ", languages) + "), and the generator never invents text" + others());
        }
        List<ProductData.Entry> shipped = kept.stream().map(e -> only(e, shippedLanguages)).toList();
        List<Source> sources = used(shipped);
        return new ProductData(product, dataVersion(sources), sources, shippedLanguages, shipped, omitted);
    }

    private static ProductData.Entry only(ProductData.Entry e, List<String> languages) {
        Map<String, ProductData.Text> m = new LinkedHashMap<>(e.messages());
        m.keySet().retainAll(languages);
        Map<String, ProductData.Text> s = new LinkedHashMap<>(e.solutions());
        s.keySet().retainAll(languages);
        return new ProductData.Entry(e.code(), e.apiVersions(), m, s, e.helpUrl(), e.retry(), e.retryCoversSubcodes(), e.note(),
                e.retryWhy());
    }

    private List<Source> allSources() {
        List<Source> all = new ArrayList<>();
        documents.forEach(d -> all.add(d.source()));
        sdks.forEach(s -> all.add(s.source()));
        if (commonSource != null) {
            all.add(commonSource);
        }
        if (centreSource != null) {
            all.add(centreSource);
        }
        if (editorialSource != null) {
            all.add(editorialSource);
        }
        all.addAll(corrections.values());
        return all.stream().distinct().toList();
    }

    private Optional<ProductData.Text> message(String code, String language, Map<String, Map<String, SdkEnumParser.Constant>> sdk,
                                               Map<String, Source> sdkSource, Map<String, ErrorCentreFeed.Row> feed, List<URI> links) {
        for (Document d : documents) {
            if (!d.language().equals(language)) {
                continue;
            }
            Optional<String> row = d.commonTableOnly() ? Optional.ofNullable(d.table().common().get(code)) : d.table().text(code);
            if (row.isPresent()) {
                return Optional.of(new ProductData.Text(Texts.withoutLinks(row.get(), links), d.source().id()));
            }
        }
        SdkEnumParser.Constant c = sdk.getOrDefault(language, Map.of()).get(code);
        Optional<ProductData.Text> official = c == null ? Optional.empty()
                : official(c.comment(), code, language, sdkSource.get(language), links);
        if (official.isEmpty() && commonTables.isPresent()) {
            // the tables are in English and Chinese only: Chinese text is no Japanese text, though its script fits
            Map<String, String> table = language.equals("en") ? commonTables.get().english()
                    : language.equals("zh-CN") ? commonTables.get().chinese() : Map.of();
            official = official(table.get(code), code, language, commonSource, links);
        }
        if (official.isEmpty() && language.equals("zh-CN") && feed.containsKey(code)) {
            official = official(feed.get(code).description().orElse(null), code, language, centreSource, links);
        }
        Optional<Editorial.Fix> fix = editorial.correction(language, code);
        if (fix.isPresent()) {
            return Optional.of(corrected(code, language, fix.get(), official));
        }
        if (official.isPresent()) {
            return official;
        }
        return editorial.message(language, code).map(t -> new ProductData.Text(t, editorialSource.id()));
    }

    /**
     * The correction of the official text a code would have in a language; it must name that text exactly, so that a
     * change to it, or its going away, is read again rather than corrected blindly.
     */
    private ProductData.Text corrected(String code, String language, Editorial.Fix fix, Optional<ProductData.Text> official) {
        if (official.isEmpty()) {
            throw new SourceFormatException(editorial.file(), 0, "the correction of " + language + " " + code + " replaces "
                    + Inputs.quote(Printable.shorten(fix.replaces(), 200)) + ", but no official source words the code in "
                    + language + " any more: read it again, and remove or rewrite the correction");
        }
        ProductData.Text o = official.get();
        if (!o.text().equals(fix.replaces())) {
            throw new SourceFormatException(editorial.file(), 0, "the correction of " + language + " " + code + " replaces "
                    + Inputs.quote(Printable.shorten(fix.replaces(), 200)) + ", but " + o.source() + " now says "
                    + Inputs.quote(Printable.shorten(o.text(), 200)) + ": read it again, and remove or rewrite the correction");
        }
        Source of = allSources().stream().filter(x -> x.id().equals(o.source())).findFirst().orElseThrow();
        Source correction = corrections.computeIfAbsent(of.id(), id -> new Source(CORRECTION_PREFIX + id, Source.Kind.CORRECTION,
                "errorcatalog maintainers' correction of " + of.title(), of.version(), "Apache-2.0"));
        appliedCorrections.add(language + " " + code);
        return new ProductData.Text(fix.text(), correction.id(), Optional.of(new ProductData.Corrected(of.id(), fix.replaces(), fix.why())));
    }

    /** A correction that corrects nothing is a mistake in the maintainers' file, not something to skip. */
    private void unusedCorrections() {
        List<String> unused = new ArrayList<>();
        editorial.corrections().forEach((language, byCode) -> byCode.keySet().forEach(code -> {
            if (!appliedCorrections.contains(language + " " + code)) {
                unused.add(language + " " + code);
            }
        }));
        if (!unused.isEmpty()) {
            throw new SourceFormatException(editorial.file(), 0, "corrections not applied (the product has no such code or"
                    + " language, or a source document's row, kept verbatim, answers for it): " + String.join(", ", unused));
        }
    }

    /**
     * The code's advice: the maintainers' where they give one, else the rules'. Advice of theirs that differs from the
     * rules' must say why, so that overriding the evidence is a decision, not an accident.
     */
    private Optional<ProductData.RetryWhy> retry(String code, Map<String, ProductData.Text> messages,
                                                 Map<String, ProductData.Text> solutions) {
        Optional<ProductData.RetryWhy> derived = RetryRules.derive(code, messages, solutions);
        RetryAdvice theirs = editorial.retry().get(code);
        if (theirs == null) {
            return derived;
        }
        String why = editorial.retryWhy().get(code);
        if (why == null && derived.isPresent() && derived.get().advice() == theirs) {
            return derived; // the same advice: the rule's evidence says more than "the maintainers'"
        }
        if (why == null && derived.isPresent()) {
            throw new SourceFormatException(editorial.file(), 0, "retry of " + code + " is " + theirs + ", but the rules give "
                    + derived.get().advice() + " (rule " + derived.get().rule() + ", " + derived.get().evidence()
                    + "): to override them, write {\"advice\": \"" + theirs + "\", \"why\": ...}");
        }
        return Optional.of(new ProductData.RetryWhy(theirs, "maintainers",
                why != null ? why : editorial.notes().getOrDefault(code, "the maintainers' data")));
    }

    private static Optional<ProductData.Text> official(String raw, String code, String language, Source source, List<URI> links) {
        List<URI> found = new ArrayList<>();
        Optional<String> text = Texts.present(raw, code).map(t -> Texts.plain(t, found))
                .filter(t -> LanguageScripts.fits(t, Locale.forLanguageTag(language)));
        text.ifPresent(t -> links.addAll(found));
        return text.map(t -> new ProductData.Text(t, source.id()));
    }

    private Optional<ProductData.Text> solution(String code, String language, Map<String, ErrorCentreFeed.Row> feed) {
        if (language.equals("zh-CN") && feed.containsKey(code)) {
            Optional<String> s = feed.get(code).solution().map(t -> Texts.plain(t, new ArrayList<>()))
                    .filter(t -> LanguageScripts.fits(t, Locale.SIMPLIFIED_CHINESE));
            if (s.isPresent()) {
                return s.map(t -> new ProductData.Text(t, centreSource.id()));
            }
        }
        return editorial.solution(language, code).map(t -> new ProductData.Text(t, editorialSource.id()));
    }
}
