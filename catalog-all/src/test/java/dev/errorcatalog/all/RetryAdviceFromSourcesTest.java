package dev.errorcatalog.all;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.Product;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.RetryEvidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The retry advice of every product agrees with what the official texts say, derived here on its own: this test reads
 * the raw SDK enums (both editions) and the error-centre feed with a few lines of its own, never through the
 * generator, applies the families of the specification ({@link Families}) and checks the runtime catalog against
 * them, both ways. A code the maintainers advise by hand with a reason ({@code data/<product>.json}'s
 * {@code "retry": {"Code": {"advice": …, "why": …}}}) is theirs, counted and left out.
 */
class RetryAdviceFromSourcesTest {
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SOURCES = PROJECT.resolve("../shared/sources").normalize();
    private static final int SHOWN = 50;
    private static final List<String> COLUMNS = List.of("expected", "matched", "wrong", "in an enum, not resolved", "maintainers' with why",
            "product not served", "feed's alone, not in the catalog");

    @Test
    void everyCodeTheSourcesCallThrottledBusyClockSkewOrRetryLaterHasThatAdvice() throws IOException {
        assumeTrue(Files.isDirectory(SOURCES), "../shared/sources is not beside the checkout");
        OfficialTexts official = OfficialTexts.read(SOURCES);
        Map<String, Map<String, Families.Match>> derived = official.families();
        ErrorCatalog catalog = ErrorCatalog.load();
        Set<String> served = new LinkedHashSet<>();
        catalog.products().forEach(p -> served.add(p.value()));

        Map<Families.Family, int[]> counts = new EnumMap<>(Families.Family.class);
        List<String> wrong = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<String, Integer> wrongByProduct = new TreeMap<>();
        for (var byProduct : new TreeMap<>(derived).entrySet()) {
            String product = byProduct.getKey();
            Map<String, MaintainersAdvice> overrides = MaintainersAdvice.read(PROJECT.resolve("data/" + product + ".json"));
            Product p = served.contains(product) ? catalog.product(product) : null;
            for (var e : new TreeMap<>(byProduct.getValue()).entrySet()) {
                String code = e.getKey();
                Families.Match expected = e.getValue();
                int[] c = counts.computeIfAbsent(expected.family(), f -> new int[COLUMNS.size()]);
                c[0]++;
                if (p == null) {
                    c[5]++;
                    continue;
                }
                MaintainersAdvice override = overrides.get(code);
                if (override != null && override.hasWhy()) {
                    c[4]++;
                    continue;
                }
                Resolution r = resolve(p, code);
                // a product's repeat of a common code may be answered by the common entry: its advice is the answer's
                if (r.kind() != MatchKind.EXACT && r.kind() != MatchKind.COMMON) {
                    if (official.inAnEnum(product, code)) {
                        c[3]++;
                        missing.add(product + ":" + code + " (" + expected.family() + ", " + expected.because() + ") resolves " + r.kind());
                    } else {
                        c[6]++; // the feed's alone: the catalog's codes are the enums'
                    }
                } else if (expected.family().accepts(r.retry())) {
                    c[1]++;
                } else {
                    c[2]++;
                    wrongByProduct.merge(product, 1, Integer::sum);
                    wrong.add(product + ":" + code + " expected " + expected.family().expected() + " got " + r.retry()
                            + " [sources: " + expected.because() + "]"
                            + r.retryEvidence().map(ev -> " [catalog: " + ev.describe() + "]").orElse("")
                            + (override == null ? "" : " [data/" + product + ".json gives " + override.advice() + " without a why]"));
                }
            }
        }
        StringBuilder summary = new StringBuilder("per family (" + String.join(" / ", COLUMNS) + "):");
        counts.forEach((f, c) -> {
            summary.append("\n  ").append(f).append(":");
            for (int n : c) {
                summary.append(' ').append(n);
            }
        });
        summary.append("\nwrong by product: ").append(wrongByProduct);
        // every line, for whoever fixes the data; the message shows the first
        Files.writeString(Files.createDirectories(Path.of("target")).resolve("retry-advice-from-sources.txt"),
                summary + "\nwrong:\n  " + String.join("\n  ", wrong) + "\nnot resolved:\n  " + String.join("\n  ", missing) + "\n");
        assertTrue(counts.getOrDefault(Families.Family.THROTTLING, new int[COLUMNS.size()])[0] > 0, "the sources name no throttling code: " + summary);
        // a code the catalog leaves out (no text in any language, omitted with why) has no advice to check: listed, not failed
        assertEquals(List.of(), first(wrong), wrong.size() + " codes have another advice than their family's (all in target/retry-advice-from-sources.txt); "
                + summary + "\nnot resolved in their product (" + missing.size() + "): " + first(missing));
    }

    @Test
    void everyThrottledOrBusyAdviceOfTheDatasRulesIsInThatFamilyOfTheSources() throws IOException {
        assumeTrue(Files.isDirectory(SOURCES), "../shared/sources is not beside the checkout");
        OfficialTexts texts = OfficialTexts.read(SOURCES);
        Map<String, Map<String, Families.Match>> derived = texts.families();
        Set<String> official = texts.products();
        ErrorCatalog catalog = ErrorCatalog.load();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (ProductId id : catalog.products()) {
            Product p = catalog.product(id);
            for (ErrorCode code : p.codes()) {
                Resolution r = resolve(p, code.value());
                Optional<RetryEvidence> evidence = r.retryEvidence();
                if (evidence.isEmpty() || !(r.retry() == RetryAdvice.THROTTLED || r.retry() == RetryAdvice.BUSY)) {
                    continue;
                }
                Families.Family claimed = switch (evidence.get().rule()) {
                    case "throttling" -> Families.Family.THROTTLING;
                    case "busy" -> Families.Family.BUSY;
                    default -> null;
                };
                if (claimed == null) {
                    continue;
                }
                checked++;
                // the entry that decides (the code, an ancestor covering its subcodes, or a common code) is what the rule read
                String decidedBy = evidence.get().decidedBy();
                int colon = decidedBy.indexOf(':');
                String product = colon < 0 ? id.value() : decidedBy.substring(0, colon);
                String decided = colon < 0 ? decidedBy : decidedBy.substring(colon + 1);
                Families.Match match = derived.getOrDefault(product, Map.of()).get(decided);
                if (match == null && !official.contains(product)) {
                    // a product no official list has (common): its code's name is all there is to read
                    match = Families.of(decided, Families.Texts.NONE).orElse(null);
                }
                if (match == null || match.family() != claimed) {
                    wrong.add(id + ":" + code + " is " + r.retry() + " by rule " + evidence.get().rule() + " of " + decidedBy
                            + ", the sources give " + (match == null ? "no family" : match.family() + " (" + match.because() + ")"));
                }
            }
        }
        // none at all would make this check pass for nothing: the data's rules name no answer's evidence
        assertTrue(checked > 0, "no THROTTLED or BUSY answer carries the evidence of rule throttling or busy");
        assertEquals(List.of(), first(wrong), wrong.size() + " of " + checked + " THROTTLED/BUSY answers by rule are not in that family of the sources");
    }

    @Test
    void throttlingIsReadFromTheCategoryTheNameAndTheTextsButNeverForAParameterCode() {
        assertFamily("THROTTLING", "RequestLimitExceeded");
        assertFamily("THROTTLING", "RequestLimitExceeded.UinLimitExceeded");
        assertFamily("THROTTLING", "LimitExceeded.RateLimitExceeded");
        assertFamily("THROTTLING", "FailedOperation.RequestTooFrequent");
        assertFamily("THROTTLING", "LimitExceeded.Foo", Families.Texts.zh("接口调用过于频繁。"));
        assertFamily("THROTTLING", "FailedOperation.Foo", new Families.Texts(List.of(), List.of("请降低请求频率"), List.of()));
        assertFamily("THROTTLING", "LimitExceeded.Foo", Families.Texts.en("You have hit the Rate Limit."));
        assertFamily("none", "InvalidParameter.RateLimitTooLarge", Families.Texts.zh("限流值过大"));
        assertFamily("none", "InvalidParameterValue.QpsLimit", Families.Texts.en("too many requests is invalid"));
        assertFamily("none", "LimitExceeded.ratelimit");
        assertFamily("none", "LimitExceeded.Quota", Families.Texts.en("quota limit"));
    }

    @Test
    void busyIsReadFromTheLastPartAndTheTextsUnlessNegated() {
        assertFamily("BUSY", "FailedOperation.TaskRunning");
        assertFamily("BUSY", "ResourceInUse.InstanceLocked");
        assertFamily("none", "FailedOperation.NotInProgress");
        assertFamily("none", "FailedOperation.Locked.Other", Families.Texts.NONE); // only the last part is read
        assertFamily("BUSY", "InvalidParameter.InstanceOperating"); // a parameter code may be busy
        assertFamily("BUSY", "FailedOperation.Foo", Families.Texts.zh("实例正在创建，请等待。"));
        assertFamily("BUSY", "FailedOperation.Foo", Families.Texts.zh("集群 升级中"));
        assertFamily("BUSY", "FailedOperation.Foo", Families.Texts.zh("存在其他任务"));
        assertFamily("none", "FailedOperation.Foo", Families.Texts.zh("实例不处于创建中状态"));
        assertFamily("none", "FailedOperation.Foo", Families.Texts.zh("非处理中"));
        assertFamily("BUSY", "FailedOperation.Foo", Families.Texts.zh("实例不处于创建中状态，另一实例正在升级"));
        assertFamily("BUSY", "FailedOperation.Foo", Families.Texts.en("Another Operation is running."));
        assertFamily("none", "FailedOperation.Foo", Families.Texts.en("The operation failed."));
        assertFamily("THROTTLING", "FailedOperation.TaskRunning", Families.Texts.zh("请求过于频繁")); // the first family wins
    }

    @Test
    void clockSkewAndRetryLaterAreReadFromTheTextsAndADoNotRetryWins() {
        assertFamily("CLOCK_SKEW", "AuthFailure.SignatureExpire");
        assertFamily("CLOCK_SKEW", "AuthFailure.Foo", Families.Texts.zh("请检查本地时间"));
        assertFamily("CLOCK_SKEW", "AuthFailure.Foo", Families.Texts.en("Check the System Time."));
        assertFamily("none", "AuthFailure.Foo", new Families.Texts(List.of(), List.of("请检查本地时间"), List.of())); // not a solution
        assertFamily("RETRY_LATER", "InternalError.Foo", Families.Texts.zh("内部错误，请稍后重试。"));
        assertFamily("RETRY_LATER", "InternalError.Foo", new Families.Texts(List.of("内部错误"), List.of("请重试"), List.of()));
        assertFamily("RETRY_LATER", "InternalError.Foo", Families.Texts.en("Internal error. Please try again later."));
        assertFamily("none", "InternalError.Foo", Families.Texts.zh("参数错误，请勿重试，稍后再试也一样。"));
        assertFamily("none", "InternalError.Foo", Families.Texts.en("Please retry... no: do not retry."));
        // one text's refusal does not cancel another text's advice
        assertFamily("RETRY_LATER", "InternalError.Foo", new Families.Texts(List.of("无需重试"), List.of("请稍后再试"), List.of()));
        assertTrue(Families.Family.RETRY_LATER.accepts(RetryAdvice.TRANSIENT) && Families.Family.RETRY_LATER.accepts(RetryAdvice.BUSY)
                && !Families.Family.RETRY_LATER.accepts(RetryAdvice.DO_NOT_RETRY) && !Families.Family.RETRY_LATER.accepts(RetryAdvice.UNKNOWN));
        assertTrue(Families.Family.THROTTLING.accepts(RetryAdvice.THROTTLED) && !Families.Family.THROTTLING.accepts(RetryAdvice.TRANSIENT));
    }

    @Test
    void theSourceReaderTakesEachConstantWithItsCommentAndTheFeedsRowsWithoutPlaceholders(@TempDir Path dir)
            throws IOException {
        Path v = Files.createDirectories(dir.resolve(OfficialTexts.ZH + "/com/tencentcloudapi/foo/v20200101"));
        Files.writeString(v.resolve("FooErrorCode.java"), """
                package com.tencentcloudapi.foo.v20200101;
                public enum FooErrorCode {
                     /* 请求过于
                        频繁 */
                     LIMITEXCEEDED_A("LimitExceeded.A"),
                     /*   */
                     FAILEDOPERATION_B("FailedOperation.B"),
                     /* 任务执行中 */
                     FAILEDOPERATION_C("FailedOperation.C");
                }
                """);
        Path feed = Files.createDirectories(dir.resolve("error-center"));
        Files.writeString(feed.resolve("error-codes.json"), """
                [{"productName":"foo","code":"FailedOperation.B","description":null,"solution":"业务正在更新中，请您耐心等待。"},
                 {"productName":"foo","code":"FailedOperation.D","description":"内部错误","solution":"请稍后重试"},
                 {"productName":"PLATFORM","code":"RequestLimitExceeded","description":"请求的次数超过了频率限制。","solution":null}]
                """);
        OfficialTexts texts = OfficialTexts.read(dir);
        Map<String, Families.Match> foo = texts.families().get("foo");
        assertEquals("THROTTLING", foo.get("LimitExceeded.A").family().name(), foo.toString());
        assertEquals(null, foo.get("FailedOperation.B"), "a placeholder solution is no text: " + foo);
        assertEquals("BUSY", foo.get("FailedOperation.C").family().name());
        assertEquals("RETRY_LATER", foo.get("FailedOperation.D").family().name());
        assertEquals("THROTTLING", texts.families().get("common").get("RequestLimitExceeded").family().name());
        assertEquals(Set.of("common", "foo"), texts.products());
        assertTrue(texts.inAnEnum("foo", "FailedOperation.B") && !texts.inAnEnum("foo", "FailedOperation.D"));
    }

    private static void assertFamily(String family, String code) {
        assertFamily(family, code, Families.Texts.NONE);
    }

    private static void assertFamily(String family, String code, Families.Texts texts) {
        assertEquals(family, Families.of(code, texts).map(m -> m.family().name()).orElse("none"), code + " " + texts);
    }

    /**
     * The code's own answer: in the product's default locale, or else in a locale that words the code (in the others the
     * answer is an ancestor's). The advice is the code's whatever the locale.
     */
    private static Resolution resolve(Product product, String code) {
        Resolution r = product.resolve(code, product.locales().get(0));
        return r.kind() == MatchKind.EXACT || r.exactTextIn().isEmpty() ? r : product.resolve(code, r.exactTextIn().get(0));
    }

    private static List<String> first(List<String> list) {
        return list.subList(0, Math.min(SHOWN, list.size()));
    }

    /**
     * The families of the specification, first match wins: THROTTLING, BUSY, CLOCK_SKEW, RETRY_LATER. Zh words are
     * read in the Chinese texts (enum comments, the feed's descriptions) and, where the rule says so, the feed's
     * solutions; English phrases, case-insensitively, in the international edition's comments.
     */
    static final class Families {
        enum Family {
            THROTTLING, BUSY, CLOCK_SKEW, RETRY_LATER;

            boolean accepts(RetryAdvice advice) {
                return switch (this) {
                    case THROTTLING -> advice == RetryAdvice.THROTTLED;
                    case BUSY -> advice == RetryAdvice.BUSY;
                    case CLOCK_SKEW -> advice == RetryAdvice.CLOCK_SKEW;
                    case RETRY_LATER -> advice.mayRetry();
                };
            }

            String expected() {
                return switch (this) {
                    case THROTTLING -> "THROTTLED";
                    case BUSY -> "BUSY";
                    case CLOCK_SKEW -> "CLOCK_SKEW";
                    case RETRY_LATER -> "a retryable advice";
                };
            }
        }

        /** The family and what gave it, for the failure messages. */
        record Match(Family family, String because) {
        }

        /** A code's texts over every source and version: Chinese texts, Chinese solutions, English texts. */
        record Texts(List<String> zh, List<String> zhSolutions, List<String> en) {
            static final Texts NONE = new Texts(List.of(), List.of(), List.of());

            static Texts zh(String text) {
                return new Texts(List.of(text), List.of(), List.of());
            }

            static Texts en(String text) {
                return new Texts(List.of(), List.of(), List.of(text));
            }
        }

        private static final Set<String> PARAMETER_CATEGORIES = Set.of("InvalidParameter", "InvalidParameterValue", "MissingParameter", "UnknownParameter");
        private static final List<String> THROTTLING_NAME = List.of("RateLimit", "TooFrequent", "TooOften", "FreqCtrl", "FreqLimit",
                "FrequencyLimit", "FreqOverLimit", "QpsLimit", "QPSLimit", "QpsExceed", "Throttl", "TooManyRequest");
        private static final List<String> THROTTLING_ZH = List.of("频率限制", "频率超限", "频率上限", "请求频率", "频繁", "频控", "限频", "限流");
        private static final List<String> THROTTLING_EN = List.of("rate limit", "too frequent", "frequency limit", "throttl", "too many requests");
        private static final List<String> BUSY_NAME = List.of("TaskRunning", "InProgress", "Mutex", "Locked", "IsBusy", "Processing", "Operating");
        private static final Pattern BUSY_ZH = Pattern.compile(
                "正在|(?:创建|删除|变更|升级|部署|迁移|同步|扩容|重启|启动|停止|开通|销毁|回滚|备份|恢复|初始化|安装|发货|处理|执行|操作|进行)中|被锁|锁定|互斥|其他任务|其它任务");
        private static final List<String> BUSY_ZH_NEGATIONS = List.of("不是", "未处于", "非", "不在", "不处于", "禁止");
        private static final List<String> BUSY_EN = List.of("in progress", "is being", "are being", "is locked", "another task", "another operation", "mutex");
        private static final List<String> CLOCK_ZH = List.of("本地时间", "时间偏差", "时间相差", "时钟");
        private static final List<String> CLOCK_EN = List.of("clock skew", "local time", "system time");
        private static final List<String> RETRY_ZH = List.of("稍后重试", "稍后再试", "请重试", "稍后重新");
        private static final List<String> RETRY_EN = List.of("try again later", "retry later", "please retry", "please try again");
        private static final List<String> NO_RETRY = List.of("请勿重试", "无需重试", "不要重试", "do not retry");

        private Families() {
        }

        static Optional<Match> of(String code, Texts texts) {
            List<String> zhAll = new ArrayList<>(texts.zh());
            zhAll.addAll(texts.zhSolutions());
            int dot = code.indexOf('.');
            String category = dot < 0 ? code : code.substring(0, dot);
            if (!PARAMETER_CATEGORIES.contains(category)) {
                if (category.equals("RequestLimitExceeded")) {
                    return found(Family.THROTTLING, "category RequestLimitExceeded");
                }
                Optional<Match> m = name(Family.THROTTLING, code, THROTTLING_NAME)
                        .or(() -> words(Family.THROTTLING, "zh", zhAll, THROTTLING_ZH))
                        .or(() -> words(Family.THROTTLING, "en", lower(texts.en()), THROTTLING_EN));
                if (m.isPresent()) {
                    return m;
                }
            }
            Optional<Match> busy = busyName(code.substring(code.lastIndexOf('.') + 1))
                    .or(() -> busyZh(zhAll))
                    .or(() -> words(Family.BUSY, "en", lower(texts.en()), BUSY_EN));
            if (busy.isPresent()) {
                return busy;
            }
            Optional<Match> clock = name(Family.CLOCK_SKEW, code, List.of("SignatureExpire"))
                    .or(() -> words(Family.CLOCK_SKEW, "zh", texts.zh(), CLOCK_ZH))
                    .or(() -> words(Family.CLOCK_SKEW, "en", lower(texts.en()), CLOCK_EN));
            if (clock.isPresent()) {
                return clock;
            }
            return retryLater("zh", zhAll, RETRY_ZH).or(() -> retryLater("en", lower(texts.en()), RETRY_EN));
        }

        private static Optional<Match> retryLater(String language, List<String> texts, List<String> words) {
            for (String text : texts) {
                // a refusal in the same text wins over its "retry"
                if (NO_RETRY.stream().noneMatch(text.toLowerCase(Locale.ROOT)::contains)) {
                    Optional<Match> m = words(Family.RETRY_LATER, language, List.of(text), words);
                    if (m.isPresent()) {
                        return m;
                    }
                }
            }
            return Optional.empty();
        }

        private static Optional<Match> name(Family family, String code, List<String> words) {
            return words.stream().filter(code::contains).findFirst().map(w -> new Match(family, "name \"" + w + "\""));
        }

        private static Optional<Match> words(Family family, String language, List<String> texts, List<String> words) {
            for (String text : texts) {
                for (String w : words) {
                    if (text.contains(w)) {
                        return found(family, language + " \"" + w + "\"");
                    }
                }
            }
            return Optional.empty();
        }

        private static Optional<Match> busyName(String last) {
            for (String w : BUSY_NAME) {
                for (int i = last.indexOf(w); i >= 0; i = last.indexOf(w, i + 1)) {
                    if (!last.startsWith("Not", i - 3)) {
                        return found(Family.BUSY, "name \"" + w + "\"");
                    }
                }
            }
            return Optional.empty();
        }

        private static Optional<Match> busyZh(List<String> texts) {
            for (String text : texts) {
                Matcher m = BUSY_ZH.matcher(text);
                while (m.find()) {
                    String before = text.substring(Math.max(0, m.start() - 4), m.start());
                    if (BUSY_ZH_NEGATIONS.stream().noneMatch(before::contains)) {
                        return found(Family.BUSY, "zh \"" + m.group() + "\"");
                    }
                }
            }
            return Optional.empty();
        }

        private static Optional<Match> found(Family family, String because) {
            return Optional.of(new Match(family, because));
        }

        private static List<String> lower(List<String> texts) {
            return texts.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        }
    }

    /** Every official (product, code) with its texts, read from the raw files: the two SDK editions' enums and the feed. */
    static final class OfficialTexts {
        static final String ZH = "tencentcloud-sdk-java-3.2.11";
        static final String EN = "tencentcloud-sdk-java-intl-en-3.1.16";
        private static final Pattern CONSTANT = Pattern.compile("/\\*(.*?)\\*/\\s*[A-Za-z0-9_]+\\s*\\(\\s*\"([^\"]*)\"\\s*\\)", Pattern.DOTALL);
        private static final Pattern CONSTANT_LINE = Pattern.compile("(?m)^\\s*[A-Za-z0-9_]+\\s*\\(\\s*\"");
        // the feed's stand-ins for "no text yet" (one of them says 正在, which is not a busy resource)
        private static final Set<String> PLACEHOLDERS = Set.of("业务正在更新中，请您耐心等待。", "占位符", "无", "None");

        private final Map<String, Map<String, List<List<String>>>> texts = new TreeMap<>();
        private final Set<String> inEnums = new HashSet<>();

        static OfficialTexts read(Path sources) throws IOException {
            OfficialTexts t = new OfficialTexts();
            t.readSdk(sources.resolve(ZH), 0);
            t.readSdk(sources.resolve(EN), 2);
            t.readFeed(sources.resolve("error-center/error-codes.json"));
            return t;
        }

        /** Whether an SDK enum (either edition) declares the code, not the feed alone. */
        boolean inAnEnum(String product, String code) {
            return inEnums.contains(product + ":" + code);
        }

        Set<String> products() {
            return texts.keySet();
        }

        /** Each valid code in a family, by product. */
        Map<String, Map<String, Families.Match>> families() {
            Map<String, Map<String, Families.Match>> out = new TreeMap<>();
            texts.forEach((product, codes) -> codes.forEach((code, t) -> {
                if (ErrorCode.isValid(code)) {
                    Families.of(code, new Families.Texts(t.get(0), t.get(1), t.get(2)))
                            .ifPresent(m -> out.computeIfAbsent(product, p -> new TreeMap<>()).put(code, m));
                }
            }));
            return out;
        }

        private void readSdk(Path sdk, int slot) throws IOException {
            Path root = sdk.resolve("com/tencentcloudapi");
            if (!Files.isDirectory(root)) {
                return;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root, 3)) {
                files = walk.filter(f -> f.getFileName().toString().endsWith("ErrorCode.java")).sorted().toList();
            }
            for (Path file : files) {
                String product = root.relativize(file).getName(0).toString();
                String java = Files.readString(file, StandardCharsets.UTF_8);
                int found = 0;
                for (Matcher m = CONSTANT.matcher(java); m.find(); found++) {
                    add(product, m.group(2), slot, m.group(1));
                    inEnums.add(product + ":" + m.group(2));
                }
                long lines = CONSTANT_LINE.matcher(java).results().count();
                if (found != lines) {
                    throw new IllegalStateException(file + ": " + lines + " constants, " + found + " with a comment read");
                }
            }
        }

        private void readFeed(Path feed) throws IOException {
            if (!Files.isRegularFile(feed)) {
                return;
            }
            try (InputStream in = Files.newInputStream(feed);
                 JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), in)) {
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    throw new IllegalStateException(feed + ": not an array");
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    Map<String, String> row = new HashMap<>();
                    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                        String name = p.currentName();
                        JsonToken value = p.nextToken();
                        if (value == JsonToken.VALUE_STRING) {
                            row.put(name, p.getString());
                        } else {
                            p.skipChildren();
                        }
                    }
                    // the feed names the platform-wide codes PLATFORM; the catalog serves them as common
                    String product = "PLATFORM".equals(row.get("productName")) ? "common" : row.get("productName");
                    String code = row.get("code");
                    if (product != null && code != null) {
                        add(product, code, 0, row.get("description"));
                        add(product, code, 1, row.get("solution"));
                    }
                }
            }
        }

        /** Slot 0: a Chinese text, 1: a Chinese solution, 2: an English text. */
        private void add(String product, String code, int slot, String raw) {
            List<List<String>> t = texts.computeIfAbsent(product, p -> new TreeMap<>())
                    .computeIfAbsent(code, c -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            String text = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
            if (!text.isEmpty() && !PLACEHOLDERS.contains(text)) {
                t.get(slot).add(text);
            }
        }
    }

    /** A maintainers' retry advice of {@code data/<product>.json}: with a why it overrides the rules. */
    record MaintainersAdvice(String advice, String why) {
        boolean hasWhy() {
            return !why.isBlank();
        }

        /** The file's {@code retry} object, read alone; none when the product has no such file. */
        static Map<String, MaintainersAdvice> read(Path file) throws IOException {
            Map<String, MaintainersAdvice> out = new HashMap<>();
            if (!Files.isRegularFile(file)) {
                return out;
            }
            try (InputStream in = Files.newInputStream(file);
                 JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), in)) {
                p.nextToken();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if (!field.equals("retry") || value != JsonToken.START_OBJECT) {
                        p.skipChildren();
                        continue;
                    }
                    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                        String code = p.currentName();
                        if (p.nextToken() == JsonToken.VALUE_STRING) {
                            out.put(code, new MaintainersAdvice(p.getString(), "")); // the old form: advice without a why
                            continue;
                        }
                        String advice = "";
                        String why = "";
                        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                            String name = p.currentName();
                            p.nextToken();
                            if (name.equals("advice")) {
                                advice = p.getString();
                            } else if (name.equals("why")) {
                                why = p.getString();
                            } else {
                                p.skipChildren();
                            }
                        }
                        out.put(code, new MaintainersAdvice(advice, why));
                    }
                }
            }
            return out;
        }
    }
}
