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
 * them, both ways. A family is "every code whose name, text or solution says throttling, busy, clock skew or retry
 * later", and a code's texts are the ones the user is shown: per language the one text the official sources give in
 * the catalog's precedence ({@link OfficialTexts}), not every text any source or version has. A code the maintainers
 * advise by hand with a reason ({@code data/<product>.json}'s
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
        // TooManyRequest names a rate hit, not a parameter of one; 限流 a hit, not a rule, policy or setting to manage
        assertFamily("THROTTLING", "LimitExceeded.TooManyRequests");
        assertFamily("none", "ResourceNotFound.GatewayTooManyRequestParameter");
        assertFamily("THROTTLING", "ResourceNotFound.TooManyRequestParameter.TooManyRequest"); // one plain occurrence is enough
        assertFamily("THROTTLING", "LimitExceeded.Foo", Families.Texts.zh("已触发限流，请降低调用频次"));
        assertFamily("none", "ResourceNotFound.Foo", Families.Texts.zh("限流规则不存在"));
        assertFamily("none", "ResourceInUse.Foo", Families.Texts.zh("限流策略已绑定"));
        assertFamily("none", "FailedOperation.Foo", new Families.Texts(List.of(), List.of("请检查限流配置"), List.of()));
        assertFamily("THROTTLING", "FailedOperation.Foo", Families.Texts.zh("限流规则生效，已限流")); // the second 限流 is a hit
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
        assertFamily("none", "FailedOperation.Foo", Families.Texts.zh("实例不处于创建中状态"));
        assertFamily("none", "FailedOperation.Foo", Families.Texts.zh("非处理中"));
        assertFamily("BUSY", "FailedOperation.Foo", Families.Texts.zh("实例不处于创建中状态，另一实例正在升级"));
        assertFamily("BUSY", "FailedOperation.Foo", Families.Texts.en("Another Operation is running."));
        assertFamily("none", "FailedOperation.Foo", Families.Texts.en("The operation failed."));
        assertFamily("THROTTLING", "FailedOperation.TaskRunning", Families.Texts.zh("请求过于频繁")); // the first family wins
    }

    @Test
    void busyIsNeitherAFailureNorAResourceInUseNorAParametersText() {
        // a name word followed by Fail or Error is a failure of it, not a task running
        assertFamily("none", "FailedOperation.AudioProcessingFailed");
        assertFamily("none", "FailedOperation.TaskRunningError");
        assertFamily("BUSY", "FailedOperation.AudioProcessing");
        assertFamily("BUSY", "FailedOperation.ProcessingFailedProcessing"); // the last Processing is busy
        // 正在使用, 正在被使用, 正在运行: the caller must release or stop it, waiting does not help
        assertFamily("none", "ResourceInUse.Foo", Families.Texts.zh("该证书正在使用，无法删除"));
        assertFamily("none", "ResourceInUse.Foo", Families.Texts.zh("该镜像正在被使用"));
        assertFamily("none", "FailedOperation.Foo", Families.Texts.zh("实例正在运行，请先关机"));
        assertFamily("BUSY", "FailedOperation.Foo", Families.Texts.zh("实例正在运行，正在关机")); // 正在关机 is a task
        // 操作中 is "in an operation", not "being operated"; another task alone is no task on this resource
        assertFamily("none", "FailedOperation.Foo", Families.Texts.zh("该字段在此操作中不可修改"));
        assertFamily("none", "FailedOperation.Foo", Families.Texts.zh("与其他任务冲突"));
        assertFamily("none", "FailedOperation.Foo", Families.Texts.zh("存在其它任务"));
        // is being used is a state; is being deleted a task
        assertFamily("none", "ResourceInUse.Foo", Families.Texts.en("The certificate is being used by a listener."));
        assertFamily("none", "ResourceInUse.Foo", Families.Texts.en("The images are being used."));
        assertFamily("BUSY", "FailedOperation.Foo", Families.Texts.en("The instance is being deleted."));
        // a parameter's text speaks of the parameter (互斥: mutually exclusive); its name still may say busy
        assertFamily("none", "InvalidParameter.Foo", Families.Texts.zh("参数A与参数B互斥"));
        assertFamily("none", "InvalidParameterValue.Foo", Families.Texts.en("The value is locked."));
        assertFamily("none", "MissingParameter.Foo", new Families.Texts(List.of(), List.of("实例正在创建"), List.of()));
        assertFamily("none", "UnknownParameter.Foo", Families.Texts.zh("任务执行中"));
        assertFamily("BUSY", "InvalidParameterValue.TaskRunning", Families.Texts.zh("参数互斥"));
        assertFamily("BUSY", "InvalidParameterX.Foo", Families.Texts.zh("参数A与参数B互斥")); // not a parameter's category
    }

    @Test
    void clockSkewAndRetryLaterAreReadFromTheTextsAndADoNotRetryWins() {
        assertFamily("CLOCK_SKEW", "AuthFailure.SignatureExpire");
        assertFamily("CLOCK_SKEW", "AuthFailure.Foo", Families.Texts.zh("请检查本地时间"));
        assertFamily("CLOCK_SKEW", "AuthFailure.Foo", Families.Texts.en("Check the System Time."));
        assertFamily("CLOCK_SKEW", "AuthFailure.Foo", new Families.Texts(List.of(), List.of("请检查本地时间"), List.of())); // a solution too
        // a parameter's time is the parameter's fault, not the caller's clock; the name SignatureExpire still says so
        assertFamily("none", "InvalidParameterValue.Timestamp", Families.Texts.zh("时间戳与本地时间相差过大"));
        assertFamily("none", "InvalidParameter.Foo", Families.Texts.en("Check the system time."));
        assertFamily("CLOCK_SKEW", "InvalidParameter.SignatureExpire", Families.Texts.zh("签名过期"));
        assertFamily("RETRY_LATER", "InvalidParameter.Foo", Families.Texts.zh("本地时间有误，请稍后重试")); // retry-later is read
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

    @Test
    void theSourceReaderTakesTheTextTheCatalogShowsNotEveryText(@TempDir Path dir) throws IOException {
        Path old = Files.createDirectories(dir.resolve(OfficialTexts.ZH + "/com/tencentcloudapi/foo/v20180101"));
        Files.writeString(old.resolve("FooErrorCode.java"), """
                package com.tencentcloudapi.foo.v20180101;
                public enum FooErrorCode {
                     /* 实例创建失败 */
                     FAILEDOPERATION_E("FailedOperation.E"),
                     /* FailedOperation.F */
                     FAILEDOPERATION_F("FailedOperation.F");
                }
                """);
        Path newer = Files.createDirectories(dir.resolve(OfficialTexts.ZH + "/com/tencentcloudapi/foo/v20200101"));
        Files.writeString(newer.resolve("FooErrorCode.java"), """
                package com.tencentcloudapi.foo.v20200101;
                public enum FooErrorCode {
                     /* 实例正在创建 */
                     FAILEDOPERATION_E("FailedOperation.E"),
                     /* 内部错误，请稍后重试 */
                     FAILEDOPERATION_F("FailedOperation.F"),
                     /* Instance is being created */
                     FAILEDOPERATION_G("FailedOperation.G"),
                     /* 内部错误 */
                     FAILEDOPERATION_H("FailedOperation.H"),
                     /* 内部错误 */
                     FAILEDOPERATION_I("FailedOperation.I");
                }
                """);
        Path en = Files.createDirectories(dir.resolve(OfficialTexts.EN + "/com/tencentcloudapi/foo/v20200101"));
        Files.writeString(en.resolve("FooErrorCode.java"), """
                package com.tencentcloudapi.foo.v20200101;
                public enum FooErrorCode {
                     /* See [the guide](https://example.com/throttling) for `limits`. */
                     FAILEDOPERATION_J("FailedOperation.J"),
                     /* 请求过于频繁 (rate limit) */
                     FAILEDOPERATION_K("FailedOperation.K");
                }
                """);
        Path feed = Files.createDirectories(dir.resolve("error-center"));
        Files.writeString(feed.resolve("error-codes.json"), """
                [{"productName":"foo","productVersion":"2020-01-01","code":"FailedOperation.G","description":"请求过于频繁","solution":null},
                 {"productName":"foo","productVersion":"2020-01-01","code":"FailedOperation.H","description":"请稍后重试","solution":null},
                 {"productName":"foo","productVersion":"2020-01-01","code":"FailedOperation.I","description":null,"solution":"[请稍后重试](https://x.cn/y)"},
                 {"productName":"foo","productVersion":"2020-01-01","code":"FailedOperation.L","description":"内部错误","solution":null},
                 {"productName":"foo","productVersion":"2018-01-01","code":"FailedOperation.L","description":"请稍后重试","solution":null},
                 {"productName":"foo","productVersion":"2020-01-01","code":"FailedOperation.M","description":"Please retry later.","solution":null}]
                """);
        Map<String, Families.Match> foo = OfficialTexts.read(dir).families().get("foo");
        Map<String, String> family = new TreeMap<>();
        foo.forEach((code, m) -> family.put(code, m.family().name()));
        assertEquals(Map.of(
                        // E: the oldest version's text, not a newer one's; F: a newer one fills a gap (the code is none)
                        "FailedOperation.F", "RETRY_LATER",
                        // G: an SDK text not in Han script leaves the error centre's description to say it
                        "FailedOperation.G", "THROTTLING",
                        // H: the SDK's text comes before the error centre's description; I: its solution is read
                        "FailedOperation.I", "RETRY_LATER"),
                // J: a link is its label, code its text; K: an English text in Han script is none; L: the newest row;
                // M: the error centre's description in Latin script is no Chinese text
                family);
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
     * read in a code's Chinese text and its Chinese solution, English phrases, case-insensitively, in its English text
     * (the raw sources have no English solution), for every family. A parameter's category ({@code InvalidParameter},
     * {@code InvalidParameterValue}, {@code MissingParameter}, {@code UnknownParameter}) is never throttling, and is
     * busy or clock-skew by its name only: its texts speak of the parameter (互斥 parameters, a time given as one).
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

        /** A code's texts as the catalog shows them ({@link OfficialTexts}): Chinese texts, Chinese solutions, English texts. */
        record Texts(List<String> zh, List<String> zhSolutions, List<String> en) {
            static final Texts NONE = new Texts(List.of(), List.of(), List.of());

            static Texts zh(String text) {
                return new Texts(List.of(text), List.of(), List.of());
            }

            static Texts en(String text) {
                return new Texts(List.of(), List.of(), List.of(text));
            }
        }

        /** A word, and what may not follow it for it to count: GatewayTooManyRequestParameter is no throttling. */
        record Word(String word, List<String> notBefore) {
            static Word of(String word, String... notBefore) {
                return new Word(word, List.of(notBefore));
            }

            boolean in(String text) {
                return !allIn(text).isEmpty();
            }

            /** Every place the word stands in the text, not followed by any of its exclusions. */
            List<Integer> allIn(String text) {
                List<Integer> at = new ArrayList<>();
                for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                    int after = i + word.length();
                    if (notBefore.stream().noneMatch(n -> text.startsWith(n, after))) {
                        at.add(i);
                    }
                }
                return at;
            }
        }

        private static final Set<String> PARAMETER_CATEGORIES = Set.of("InvalidParameter", "InvalidParameterValue", "MissingParameter", "UnknownParameter");
        private static final List<Word> THROTTLING_NAME = words("RateLimit", "TooFrequent", "TooOften", "FreqCtrl", "FreqLimit",
                "FrequencyLimit", "FreqOverLimit", "QpsLimit", "QPSLimit", "QpsExceed", "Throttl");
        private static final Word TOO_MANY_REQUESTS = Word.of("TooManyRequest", "Param");
        private static final List<Word> THROTTLING_ZH = words("频率限制", "频率超限", "频率上限", "请求频率", "频繁", "频控", "限频");
        /** A rate-limiting rule, policy or setting is a resource, not a limit hit. */
        private static final Word LIMITING = Word.of("限流", "规则", "策略", "配置");
        private static final List<Word> THROTTLING_EN = words("rate limit", "too frequent", "frequency limit", "throttl", "too many requests");
        private static final List<String> BUSY_NAME = List.of("TaskRunning", "InProgress", "Mutex", "Locked", "IsBusy", "Processing", "Operating");
        /** Busy words in Chinese; 正在使用 and 正在运行 are states the caller must change, not a task that ends. */
        private static final List<Word> BUSY_ZH = List.of(Word.of("正在", "使用", "被使用", "运行"), Word.of("被锁"), Word.of("锁定"), Word.of("互斥"));
        /** …中 after one of these: the resource is in the middle of it. */
        private static final Pattern BUSY_ZH_DOING = Pattern.compile(
                "(?:创建|删除|变更|升级|部署|迁移|同步|扩容|重启|启动|停止|开通|销毁|回滚|备份|恢复|初始化|安装|发货|处理|执行|进行)中");
        private static final List<String> BUSY_ZH_NEGATIONS = List.of("不是", "未处于", "非", "不在", "不处于", "禁止");
        private static final List<Word> BUSY_EN = List.of(Word.of("in progress"), Word.of("is being ", "used"), Word.of("are being ", "used"),
                Word.of("is locked"), Word.of("another task"), Word.of("another operation"), Word.of("mutex"));
        private static final List<Word> CLOCK_ZH = words("本地时间", "时间偏差", "时间相差", "时钟");
        private static final List<Word> CLOCK_EN = words("clock skew", "local time", "system time");
        private static final List<Word> RETRY_ZH = words("稍后重试", "稍后再试", "请重试", "稍后重新");
        private static final List<Word> RETRY_EN = words("try again later", "retry later", "please retry", "please try again");
        private static final List<String> NO_RETRY = List.of("请勿重试", "无需重试", "不要重试", "do not retry");

        private Families() {
        }

        static Optional<Match> of(String code, Texts texts) {
            List<String> zhAll = new ArrayList<>(texts.zh());
            zhAll.addAll(texts.zhSolutions());
            List<String> en = lower(texts.en());
            int dot = code.indexOf('.');
            String category = dot < 0 ? code : code.substring(0, dot);
            boolean parameter = PARAMETER_CATEGORIES.contains(category);
            if (!parameter) {
                if (category.equals("RequestLimitExceeded")) {
                    return found(Family.THROTTLING, "category RequestLimitExceeded");
                }
                Optional<Match> m = name(Family.THROTTLING, code, append(THROTTLING_NAME, TOO_MANY_REQUESTS))
                        .or(() -> words(Family.THROTTLING, "zh", zhAll, append(THROTTLING_ZH, LIMITING)))
                        .or(() -> words(Family.THROTTLING, "en", en, THROTTLING_EN));
                if (m.isPresent()) {
                    return m;
                }
            }
            // a parameter's texts are the parameter's: 互斥 parameters are mutually exclusive, not a resource locked
            List<String> zhRead = parameter ? List.of() : zhAll;
            List<String> enRead = parameter ? List.of() : en;
            Optional<Match> busy = busyName(code.substring(code.lastIndexOf('.') + 1))
                    .or(() -> busyZh(zhRead))
                    .or(() -> words(Family.BUSY, "en", enRead, BUSY_EN));
            if (busy.isPresent()) {
                return busy;
            }
            Optional<Match> clock = name(Family.CLOCK_SKEW, code, words("SignatureExpire"))
                    .or(() -> words(Family.CLOCK_SKEW, "zh", zhRead, CLOCK_ZH))
                    .or(() -> words(Family.CLOCK_SKEW, "en", enRead, CLOCK_EN));
            if (clock.isPresent()) {
                return clock;
            }
            return retryLater("zh", zhAll, RETRY_ZH).or(() -> retryLater("en", en, RETRY_EN));
        }

        private static Optional<Match> retryLater(String language, List<String> texts, List<Word> words) {
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

        private static Optional<Match> name(Family family, String code, List<Word> words) {
            return words.stream().filter(w -> w.in(code)).findFirst().map(w -> new Match(family, "name \"" + w.word() + "\""));
        }

        private static Optional<Match> words(Family family, String language, List<String> texts, List<Word> words) {
            for (String text : texts) {
                for (Word w : words) {
                    if (w.in(text)) {
                        return found(family, language + " \"" + w.word() + "\"");
                    }
                }
            }
            return Optional.empty();
        }

        private static Optional<Match> busyName(String last) {
            for (String w : BUSY_NAME) {
                for (int i = last.indexOf(w); i >= 0; i = last.indexOf(w, i + 1)) {
                    int after = i + w.length();
                    // NotInProgress is the opposite; AudioProcessingFailed, a failure, not a task running
                    if (!last.startsWith("Not", i - 3) && !last.startsWith("Fail", after) && !last.startsWith("Error", after)) {
                        return found(Family.BUSY, "name \"" + w + "\"");
                    }
                }
            }
            return Optional.empty();
        }

        private static Optional<Match> busyZh(List<String> texts) {
            for (String text : texts) {
                for (Word w : BUSY_ZH) {
                    for (int at : w.allIn(text)) {
                        if (!negatedBefore(text, at)) {
                            return found(Family.BUSY, "zh \"" + w.word() + "\"");
                        }
                    }
                }
                Matcher m = BUSY_ZH_DOING.matcher(text);
                while (m.find()) {
                    if (!negatedBefore(text, m.start())) {
                        return found(Family.BUSY, "zh \"" + m.group() + "\"");
                    }
                }
            }
            return Optional.empty();
        }

        private static boolean negatedBefore(String text, int at) {
            String before = text.substring(Math.max(0, at - 4), at);
            return BUSY_ZH_NEGATIONS.stream().anyMatch(before::contains);
        }

        private static Optional<Match> found(Family family, String because) {
            return Optional.of(new Match(family, because));
        }

        private static List<Word> words(String... words) {
            return Stream.of(words).map(Word::of).toList();
        }

        private static List<Word> append(List<Word> words, Word word) {
            List<Word> all = new ArrayList<>(words);
            all.add(word);
            return all;
        }

        private static List<String> lower(List<String> texts) {
            return texts.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        }
    }

    /**
     * Every official (product, code) with the texts the catalog shows for it, read from the raw files (the two SDK
     * editions' enums and the feed) in the catalog's precedence, not as the union of every text: the families are what
     * the user is told, and the rules read only the text chosen per language.
     * <ul>
     *   <li>Chinese text: the Chinese SDK's comment of the oldest API version that has one (empty, a placeholder or
     *       the code itself is none; a newer version only fills a gap), when it is in Han script; else the error
     *       centre's description, when that is.</li>
     *   <li>Chinese solution: the error centre's solution, when in Han script.</li>
     *   <li>English text: the international SDK's comment, chosen the same way, when it has no Han character.</li>
     * </ul>
     * The error centre gives a code's row of its newest API version. Markdown links are read as their labels and
     * inline code without its backticks, as the catalog shows them.
     */
    static final class OfficialTexts {
        static final String ZH = "tencentcloud-sdk-java-3.2.11";
        static final String EN = "tencentcloud-sdk-java-intl-en-3.1.16";
        private static final Pattern CONSTANT = Pattern.compile("/\\*(.*?)\\*/\\s*[A-Za-z0-9_]+\\s*\\(\\s*\"([^\"]*)\"\\s*\\)", Pattern.DOTALL);
        private static final Pattern CONSTANT_LINE = Pattern.compile("(?m)^\\s*[A-Za-z0-9_]+\\s*\\(\\s*\"");
        // the feed's stand-ins for "no text yet" (one of them says 正在, which is not a busy resource)
        private static final Set<String> PLACEHOLDERS = Set.of("业务正在更新中，请您耐心等待。", "占位符", "无", "None");
        private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\[\\]]+)\\]\\(([^)\\s\\[\\]]+)\\)");
        private static final Pattern INLINE_CODE = Pattern.compile("`([^`]+)`");

        /** What the sources say of one code: each SDK's chosen comment, the feed's newest row. */
        private static final class Said {
            String zhSdk;
            String enSdk;
            String feedVersion;
            String description;
            String solution;
        }

        private final Map<String, Map<String, Said>> said = new TreeMap<>();
        private final Set<String> inEnums = new HashSet<>();

        static OfficialTexts read(Path sources) throws IOException {
            OfficialTexts t = new OfficialTexts();
            t.readSdk(sources.resolve(ZH), true);
            t.readSdk(sources.resolve(EN), false);
            t.readFeed(sources.resolve("error-center/error-codes.json"));
            return t;
        }

        /** Whether an SDK enum (either edition) declares the code, not the feed alone. */
        boolean inAnEnum(String product, String code) {
            return inEnums.contains(product + ":" + code);
        }

        Set<String> products() {
            return said.keySet();
        }

        /** Each valid code in a family, by product. */
        Map<String, Map<String, Families.Match>> families() {
            Map<String, Map<String, Families.Match>> out = new TreeMap<>();
            said.forEach((product, codes) -> codes.forEach((code, s) -> {
                if (ErrorCode.isValid(code)) {
                    Families.of(code, texts(s))
                            .ifPresent(m -> out.computeIfAbsent(product, p -> new TreeMap<>()).put(code, m));
                }
            }));
            return out;
        }

        /** The texts the catalog shows: the SDK's Chinese comment before the feed's description, each in its script. */
        private static Families.Texts texts(Said s) {
            Optional<String> zh = inHan(s.zhSdk).or(() -> inHan(s.description));
            Optional<String> en = Optional.ofNullable(s.enSdk).filter(t -> !hasHan(t));
            return new Families.Texts(zh.stream().toList(), inHan(s.solution).stream().toList(), en.stream().toList());
        }

        private static Optional<String> inHan(String text) {
            return Optional.ofNullable(text).filter(OfficialTexts::hasHan);
        }

        private static boolean hasHan(String text) {
            return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        }

        private void readSdk(Path sdk, boolean chinese) throws IOException {
            Path root = sdk.resolve("com/tencentcloudapi");
            if (!Files.isDirectory(root)) {
                return;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root, 3)) {
                // product/vYYYYMMDD/…ErrorCode.java: sorted, each product's oldest API version comes first
                files = walk.filter(f -> f.getFileName().toString().endsWith("ErrorCode.java")).sorted().toList();
            }
            for (Path file : files) {
                String product = root.relativize(file).getName(0).toString();
                String java = Files.readString(file, StandardCharsets.UTF_8);
                int found = 0;
                for (Matcher m = CONSTANT.matcher(java); m.find(); found++) {
                    String code = m.group(2);
                    inEnums.add(product + ":" + code);
                    Said s = said(product, code);
                    Optional<String> comment = text(m.group(1).replaceAll("\\s+", " "), code);
                    // the oldest version's text; a newer one only fills a gap
                    if (chinese && s.zhSdk == null) {
                        s.zhSdk = comment.orElse(null);
                    } else if (!chinese && s.enSdk == null) {
                        s.enSdk = comment.orElse(null);
                    }
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
                        Said s = said(product, code.strip());
                        String version = row.getOrDefault("productVersion", "");
                        // a code with rows for several API versions: the newest row's texts
                        if (s.feedVersion == null || version.compareTo(s.feedVersion) > 0) {
                            s.feedVersion = version;
                            s.description = text(row.get("description"), code.strip()).orElse(null);
                            s.solution = text(row.get("solution"), code.strip()).orElse(null);
                        }
                    }
                }
            }
        }

        private Said said(String product, String code) {
            return said.computeIfAbsent(product, p -> new TreeMap<>()).computeIfAbsent(code, c -> new Said());
        }

        /** The text as the catalog shows it, unless absent (missing, blank, a placeholder, the code again). */
        private static Optional<String> text(String raw, String code) {
            String text = raw == null ? "" : raw.strip();
            if (text.isEmpty() || PLACEHOLDERS.contains(text) || text.equals(code)) {
                return Optional.empty();
            }
            String labels = MARKDOWN_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            return Optional.of(INLINE_CODE.matcher(labels).replaceAll("$1"));
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
