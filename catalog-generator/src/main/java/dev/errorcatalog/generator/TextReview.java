package dev.errorcatalog.generator;

import dev.errorcatalog.Source;
import dev.errorcatalog.i18n.ErrorCatalogException;
import dev.errorcatalog.i18n.Printable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A first reading of a product's official texts for what a program can catch: a text that says the opposite of its
 * code's name or of its other language, a language left in another's text, a text that only repeats the code. Each
 * finding is for a careful translator to read; none is a verdict, and texts it passes are not thereby right.
 * <pre>{@code
 * java dev.errorcatalog.generator.TextReview catalog-all/src/main/facts
 * }</pre>
 * The words it looks for are the constants below, in one place, so a reviewer who finds a false alarm changes a list.
 */
final class TextReview {
    static final String EN = "en";
    static final String ZH = "zh-CN";

    /** Words of a code's name (its camel-case words, any case) that say something failed or is wrong. */
    static final Set<String> NEGATIVE_NAME_WORDS = Set.of("invalid", "illegal", "not", "no", "non", "fail", "failed",
            "failure", "error", "wrong", "mismatch", "unsupported", "unavailable", "denied", "forbidden", "expired",
            "disabled", "missing", "exceed", "exceeded", "over", "lack");

    /**
     * Words of a code's name that only say it is an error, not what failed, at the start or end of a part: the first
     * part (FailedOperation, InvalidParameter, ResourceNotFound) is a category and is not weighed at all, and
     * InternalError.ErrorConflict or AuditPolicyExistError say no more than Conflict and AuditPolicyExist.
     */
    static final Set<String> ERROR_MARKERS = Set.of("error", "err", "exception");

    /**
     * Words that a negative word before them in a name turns into a presence: NotEmpty and NotUnique say something is
     * there, which "已存在" (already exists) agrees with.
     */
    static final Set<String> ABSENCES = Set.of("empty", "unique", "null", "blank", "zero");

    /** Chinese words that affirm: valid, successful, correct, available, enabled, exists, supported, matches. */
    static final List<String> ZH_AFFIRMING = List.of("合法", "有效", "成功", "正确", "可用", "已启用", "存在", "支持", "匹配");

    /** Chinese negations and failure words: anywhere in a text, it does not simply affirm. */
    static final List<String> ZH_NEGATIONS = List.of("不", "未", "无", "非", "没", "勿", "失败", "错误", "有误", "异常",
            "问题", "冲突", "互斥", "超过", "超出", "耗尽", "禁止", "缺少", "缺失", "过期");

    /**
     * Chinese words that ask for, or limit, what a text affirms: "请输入合法的邮箱" (enter a valid address), "仅支持 VPC"
     * (only VPC is supported), "是否存在" (whether it exists), "最多支持两个" (at most two are supported) affirm nothing.
     */
    static final List<String> ZH_HEDGES = List.of("请", "是否", "仅", "只支持", "只能", "只有", "只允许", "需", "必须", "必填",
            "才", "若", "如果", "确保", "确认", "最多", "最大", "最长", "范围");

    /**
     * Chinese words that hold a listed word without its meaning, taken out of a text before it is read: a request
     * (请求) is no "please", an availability zone (可用区) and a validity period (有效期) affirm nothing.
     */
    static final List<String> ZH_LOOKALIKES = List.of("请求", "申请", "邀请", "可用区", "有效期", "有效时间", "匹配规则");

    /**
     * Affirming words that state an obstacle as often as they affirm ("存在经销商": there is a reseller): they count
     * against a name that says something is missing, never against the other language.
     */
    static final Set<String> EXISTENCE = Set.of("存在", "exists");

    /** English phrases that affirm, matched as whole words, any case, any white space between their words. */
    static final List<String> EN_AFFIRMING = List.of("is valid", "are valid", "is legal", "succeeded", "successful",
            "is correct", "is available", "is enabled", "exists", "is supported", "matches");

    /**
     * English negations and failure words, matched as whole words, any case; a word's inflections are listed as words
     * of their own (no prefix or stem matching: "undo" and "interval" are no negations).
     */
    static final List<String> EN_NEGATIONS = List.of("not", "no", "cannot", "never", "none", "without", "invalid",
            "illegal", "fail", "fails", "failed", "failure", "error", "errors", "unable", "exceed", "exceeds",
            "exceeded", "missing", "expired", "disabled", "unsupported", "unavailable", "denied", "forbidden", "wrong",
            "incorrect", "over", "mismatch");

    /** English words that ask for, or limit, what a text affirms: "check whether the token is valid", "only X is supported". */
    static final List<String> EN_HEDGES = List.of("please", "check", "whether", "if", "only", "ensure", "make sure", "must",
            "should", "need", "needs", "verify", "confirm");

    /** The contraction that negates an English verb: don't, can't, isn't (either apostrophe). */
    private static final String EN_CONTRACTED_NEGATION = "n['\u2019]t";

    /** English words of success that an English negation before them turns into failure. */
    static final List<String> EN_SUCCESS_WORDS = List.of("succeed", "succeeds", "succeeded", "success", "successful",
            "successfully");

    /** English verbs negated before a success word: "will not be successful", "cannot succeed". */
    static final List<String> EN_NEGATED_VERBS = List.of("will not", "would not", "does not", "do not", "did not",
            "cannot", "can not", "could not", "won't", "wouldn't", "doesn't", "don't", "didn't", "can't", "couldn't");

    /** Chinese negations right before 成功 that make it a failure: 不成功, 未成功, 没有成功, 无法成功. */
    static final List<String> ZH_SUCCESS_NEGATIONS = List.of("不", "未", "没", "没有", "无法", "非");

    static final String ZH_SUCCESS = "成功";

    /** Full-width punctuation that only Chinese text uses. */
    static final String FULL_WIDTH_PUNCTUATION = "，。：；（）";

    /** A Chinese text with this many plain English words in a row holds an English sentence, not a name. */
    static final int ENGLISH_RUN = 4;

    /** What the review looks for; one finding per code, language and check. */
    enum Check {
        /** The code's name says something failed or is wrong, the text affirms it with no negation anywhere. */
        NEGATED_MEANING,
        /** The en and zh-CN texts disagree: one denies or fails where the other affirms. */
        CONTRADICTS_OTHER_LANGUAGE,
        /** Chinese characters or punctuation in an en text, an English sentence in a zh-CN text. */
        OTHER_LANGUAGE_LEFT_IN,
        /** The text is only the code or its last part, spelled as the code ({@code InvalidRequest}), not as words. */
        CODE_AS_TEXT
    }

    /**
     * One thing to read.
     *
     * @param detail what was matched, in words: {@code zh-CN says 合法 without a negation; the name says Invalid}
     */
    record Finding(String product, String code, String language, Check check, String text, String detail) {
    }

    private static final Pattern EN_AFFIRMING_PATTERN = wholeWords(EN_AFFIRMING);
    private static final Pattern EN_HEDGE_PATTERN = wholeWords(EN_HEDGES);
    private static final Pattern EN_NEGATION_PATTERN = Pattern.compile(wholeWords(EN_NEGATIONS).pattern()
            + "|[a-z]" + EN_CONTRACTED_NEGATION + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EN_NEGATED_SUCCESS = Pattern.compile(wholeWords(EN_NEGATED_VERBS).pattern()
            + "(?:\\s+[a-z]+){0,2}?\\s+" + wholeWords(EN_SUCCESS_WORDS).pattern(), Pattern.CASE_INSENSITIVE);
    private static final Pattern HAN_OR_FULL_WIDTH = Pattern.compile(
            "[\\x{4E00}-\\x{9FFF}\\x{3400}-\\x{4DBF}" + FULL_WIDTH_PUNCTUATION + "]+");
    /** A plain English word: lower case or capitalised, two letters or more; CamelCase and acronyms are names. */
    private static final String PLAIN_WORD = "(?:[A-Z][a-z]+|[a-z]{2,})";
    /** Not part of a longer token: a code, a file name, a version, an address. */
    private static final String TOKEN_CHAR = "[A-Za-z0-9._\\-/:@]";
    private static final Pattern ENGLISH_WORDS = Pattern.compile("(?<!" + TOKEN_CHAR + ")" + PLAIN_WORD
            + "(?: " + PLAIN_WORD + "){" + (ENGLISH_RUN - 1) + ",}(?!" + TOKEN_CHAR + ")");
    private static final Pattern CAMEL_CASE = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

    private TextReview() {
    }

    /** Every finding of a product's texts: in the order of its entries, then of its languages, then of the checks. */
    static List<Finding> review(ProductData data) {
        List<Finding> findings = new ArrayList<>();
        for (ProductData.Entry e : data.entries()) {
            Set<String> languages = new LinkedHashSet<>(data.languages());
            languages.retainAll(e.messages().keySet());
            languages.addAll(e.messages().keySet());
            Optional<Contradiction> contradiction = contradiction(e);
            for (String language : languages) {
                if (!official(data, e.messages().get(language).source())) {
                    continue;
                }
                String text = e.messages().get(language).text();
                Map<Check, String> details = new EnumMap<>(Check.class);
                negatedMeaning(e.code(), language, text).ifPresent(d -> details.put(Check.NEGATED_MEANING, d));
                contradiction.filter(c -> c.language().equals(language))
                        .ifPresent(c -> details.put(Check.CONTRADICTS_OTHER_LANGUAGE, c.detail()));
                otherLanguage(language, text).ifPresent(d -> details.put(Check.OTHER_LANGUAGE_LEFT_IN, d));
                codeAsText(e.code(), text).ifPresent(d -> details.put(Check.CODE_AS_TEXT, d));
                details.forEach((check, detail) -> findings.add(new Finding(data.product(), e.code(), language, check, text, detail)));
            }
        }
        return List.copyOf(findings);
    }

    /**
     * The words of a code's name that say it failed, in order: {@code [Invalid]} of
     * InvalidParameterValue.InvalidImportKeyMaterial; the category and a category suffix not counted.
     */
    static List<String> negativeNameWords(String code) {
        List<String> parts = List.of(code.split("\\."));
        List<String> negative = new ArrayList<>();
        for (String part : parts.size() > 1 ? parts.subList(1, parts.size()) : parts) {
            List<String> words = Arrays.stream(part.split("_")).flatMap(p -> Arrays.stream(CAMEL_CASE.split(p)))
                    .filter(w -> !w.isEmpty()).toList();
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i).toLowerCase(Locale.ROOT);
                boolean errorMarker = parts.size() > 1 && (i == 0 || i == words.size() - 1) && ERROR_MARKERS.contains(word);
                boolean beforeAbsence = i + 1 < words.size() && ABSENCES.contains(words.get(i + 1).toLowerCase(Locale.ROOT));
                if (NEGATIVE_NAME_WORDS.contains(word) && !errorMarker && !beforeAbsence) {
                    negative.add(words.get(i));
                }
            }
        }
        return negative.stream().distinct().toList();
    }

    private static Optional<String> negatedMeaning(String code, String language, String text) {
        List<String> negative = negativeNameWords(code);
        if (negative.isEmpty()) {
            return Optional.empty();
        }
        if (negation(language, text).isPresent()) {
            return Optional.empty();
        }
        return affirmation(language, text).map(a -> language + " says " + shown(language, a)
                + " without a negation; the name says " + String.join(", ", negative));
    }

    /** A matched word as a detail shows it: English quoted, as its words run into the detail's. */
    private static String shown(String language, String word) {
        return language.equals(EN) ? '"' + word + '"' : word;
    }

    /** The affirming word of a text that neither asks for nor limits what it affirms. */
    private static Optional<String> affirmation(String language, String text) {
        if (language.equals(ZH)) {
            String read = withoutLookalikes(text);
            return ZH_HEDGES.stream().anyMatch(read::contains) ? Optional.empty()
                    : ZH_AFFIRMING.stream().filter(read::contains).findFirst();
        }
        if (language.equals(EN)) {
            return EN_HEDGE_PATTERN.matcher(text).find() ? Optional.empty()
                    : first(EN_AFFIRMING_PATTERN, text);
        }
        return Optional.empty();
    }

    private static String withoutLookalikes(String zh) {
        String read = zh;
        for (String word : ZH_LOOKALIKES) {
            read = read.replace(word, "\u3000");
        }
        return read;
    }

    private static Optional<String> negation(String language, String text) {
        if (language.equals(ZH)) {
            String read = withoutLookalikes(text);
            return ZH_NEGATIONS.stream().filter(read::contains).findFirst();
        }
        if (language.equals(EN)) {
            return first(EN_NEGATION_PATTERN, text);
        }
        return Optional.empty();
    }

    /** Where the en and zh-CN texts disagree, the language the finding goes on and what was matched. */
    private record Contradiction(String language, String detail) {
    }

    private static Optional<Contradiction> contradiction(ProductData.Entry e) {
        ProductData.Text enText = e.messages().get(EN);
        ProductData.Text zhText = e.messages().get(ZH);
        if (enText == null || zhText == null) {
            return Optional.empty();
        }
        String en = enText.text();
        String zh = zhText.text();
        Optional<String> enNegation = negation(EN, en);
        Optional<String> zhNegation = negation(ZH, zh);
        boolean nameFails = !negativeNameWords(e.code()).isEmpty();
        if (enNegation.isPresent() != zhNegation.isPresent()) {
            String denying = enNegation.isPresent() ? EN : ZH;
            String affirming = enNegation.isPresent() ? ZH : EN;
            Optional<String> affirmed = affirmation(affirming, affirming.equals(EN) ? en : zh)
                    .filter(a -> !EXISTENCE.contains(a.toLowerCase(Locale.ROOT)));
            if (affirmed.isPresent()) {
                String on = nameFails ? affirming : EN;
                String denied = enNegation.or(() -> zhNegation).orElseThrow();
                return Optional.of(new Contradiction(on, denying + " says " + shown(denying, denied) + " where " + affirming
                        + " says " + shown(affirming, affirmed.get()) + " without a negation" + why(on, nameFails)));
            }
        }
        Optional<String> failedSuccess = first(EN_NEGATED_SUCCESS, en);
        if (failedSuccess.isPresent() && affirmsSuccess(zh)) {
            String on = nameFails ? ZH : EN;
            return Optional.of(new Contradiction(on, EN + " says \"" + failedSuccess.get() + "\" where " + ZH + " says "
                    + ZH_SUCCESS + " without a negation before it" + why(on, nameFails)));
        }
        return Optional.empty();
    }

    private static String why(String on, boolean nameFails) {
        return nameFails ? "; on " + on + ", which the name (a failure) contradicts" : "; on " + on + ": the name does not decide";
    }

    /** Whether a Chinese text says 成功 somewhere with no negation right before it. */
    private static boolean affirmsSuccess(String zh) {
        for (int i = zh.indexOf(ZH_SUCCESS); i >= 0; i = zh.indexOf(ZH_SUCCESS, i + 1)) {
            String before = zh.substring(0, i);
            if (ZH_SUCCESS_NEGATIONS.stream().noneMatch(before::endsWith)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a text is an official one, the review's to read: a source document's row is kept verbatim, and the
     * maintainers' own texts and corrections are read when written.
     */
    private static boolean official(ProductData data, String source) {
        return data.sources().stream().filter(s -> s.id().equals(source)).noneMatch(s -> s.kind() == Source.Kind.DOCUMENT
                || s.kind() == Source.Kind.TRANSLATION || s.kind() == Source.Kind.CORRECTION);
    }

    /**
     * What the maintainers have not yet read: each finding without a verdict in its product's file ({@code reviewed},
     * for that very text) and not corrected there; and each verdict no finding needs any more (its text changed, or
     * the review no longer flags it), as {@code product language code: why}.
     *
     * @param editorial a product's maintainers' file, {@link Editorial#NONE} where it has none
     * @param products  the products reviewed: a verdict of another product is not judged
     */
    static List<String> unread(List<Finding> findings, java.util.function.Function<String, Editorial> editorial, Set<String> products) {
        List<String> unread = new ArrayList<>();
        Set<String> needed = new java.util.HashSet<>();
        for (Finding f : findings) {
            Editorial.Verdict v = editorial.apply(f.product()).reviewed().getOrDefault(f.language(), Map.of()).get(f.code());
            needed.add(f.product() + " " + f.language() + " " + f.code());
            if (v == null || !v.text().equals(f.text())) {
                unread.add(f.product() + " " + f.language() + " " + f.code() + ": " + f.check() + " (" + f.detail() + ") in "
                        + Inputs.quote(f.text()) + (v == null ? " has no verdict" : " has a verdict on another text"));
            }
        }
        for (String product : new java.util.TreeSet<>(products)) {
            editorial.apply(product).reviewed().forEach((language, byCode) -> byCode.keySet().forEach(code -> {
                if (!needed.contains(product + " " + language + " " + code)) {
                    unread.add(product + " " + language + " " + code + ": a verdict no finding needs (the text changed, or the"
                            + " review no longer flags it): read it again, or remove it");
                }
            }));
        }
        return unread;
    }

    private static Optional<String> otherLanguage(String language, String text) {
        if (language.equals(EN)) {
            return first(HAN_OR_FULL_WIDTH, text).map(h -> "Chinese \"" + h + "\" in the en text");
        }
        if (language.equals(ZH)) {
            return first(ENGLISH_WORDS, text).map(w -> "English words \"" + w + "\" in the zh-CN text");
        }
        return Optional.empty();
    }

    /**
     * The code pasted as its own text ({@code InvalidRequest}); its words made a phrase ("Internal error.") are a
     * translation of the code, terse but right, and not flagged.
     */
    private static Optional<String> codeAsText(String code, String text) {
        String trimmed = text.strip().replaceAll("[.。]+$", "").strip();
        if (trimmed.isEmpty() || trimmed.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        String said = squeezed(trimmed);
        String last = code.substring(code.lastIndexOf('.') + 1);
        String which = said.equals(squeezed(code)) ? "the code " + code
                : said.equals(squeezed(last)) ? "the code's last part " + last : null;
        return which == null ? Optional.empty() : Optional.of("the text is " + which + ", spelled as the code");
    }

    /** A code or a text, for comparing them: lower case, with no space, underscore or dot. */
    private static String squeezed(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_.]", "");
    }

    private static Pattern wholeWords(List<String> phrases) {
        return Pattern.compile(phrases.stream().map(p -> Arrays.stream(p.split(" ")).map(Pattern::quote)
                        .collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|", "\\b(?:", ")\\b")), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /**
     * The findings, one line each, in the order given: product, code, language, check, text and detail, separated by
     * tabs; a tab or line break of a text is shown as a space.
     */
    static String report(List<Finding> findings) {
        StringBuilder s = new StringBuilder();
        for (Finding f : findings) {
            s.append(String.join("\t", Stream.of(f.product(), f.code(), f.language(), f.check().name(), f.text(), f.detail())
                    .map(TextReview::oneLine).toList())).append('\n');
        }
        return s.toString();
    }

    private static String oneLine(String s) {
        return Printable.of(s.replaceAll("[\\t\\n\\r\\u2028\\u2029]", " "));
    }

    /** How many findings of each check, every check named. */
    static Map<Check, Long> counts(List<Finding> findings) {
        Map<Check, Long> counts = new EnumMap<>(Check.class);
        for (Check c : Check.values()) {
            counts.put(c, findings.stream().filter(f -> f.check() == c).count());
        }
        return counts;
    }

    static final String USAGE = "usage: TextReview <facts folder or facts files...>";

    /** Prints the findings of every facts file the arguments name (a folder: each {@code *.json} of it) and their counts. */
    public static void main(String[] args) {
        try {
            System.out.print(run(List.of(args)));
        } catch (ErrorCatalogException e) {
            System.err.println("TextReview: " + e.getMessage());
            if (e instanceof GeneratorArgumentException) {
                System.err.println(USAGE);
            }
            System.exit(2);
        }
    }

    /** What {@link #main} prints for these arguments: the report, then one line per check with its count. */
    static String run(List<String> args) {
        if (args.isEmpty()) {
            throw new GeneratorArgumentException("no facts folder or file named");
        }
        List<Finding> findings = new ArrayList<>();
        for (String arg : args) {
            for (Path file : factsFiles(Path.of(arg))) {
                findings.addAll(review(Facts.read(file)));
            }
        }
        StringBuilder s = new StringBuilder(report(findings));
        counts(findings).forEach((check, n) -> s.append("# ").append(check).append('\t').append(n).append('\n'));
        return s.toString();
    }

    /** The facts files a path names: the file itself, or each {@code *.json} of a folder, in order. */
    static List<Path> factsFiles(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> all = Files.list(path)) {
            return all.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }
}
