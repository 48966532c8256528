package dev.errorcatalog.generator;

import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.i18n.Printable;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Retry advice derived from a code's data, by rules written once for every product: what its name, its text in
 * either language and its solution say. The first rule that matches gives the advice, with the words it read as the
 * evidence ({@link ProductData.RetryWhy}); the maintainers' file may override it, with a reason ({@link Editorial}).
 * <ol>
 *   <li>{@code throttling} ({@link RetryAdvice#THROTTLED}): the category {@code RequestLimitExceeded}; or the name says
 *       rate, frequency, QPS or throttling; or the text says the request rate is over a limit (a rate-limiting rule, 限流规则,
 *       is a resource, not a limit hit). Never for a parameter's
 *       category ({@code InvalidParameter*}, {@code MissingParameter}, {@code UnknownParameter}): a rate given as a
 *       parameter is not a rate hit.</li>
 *   <li>{@code busy} ({@link RetryAdvice#BUSY}): the name says a task is running, an operation in progress, a lock or
 *       mutex; or, outside a parameter's category (where 互斥 means mutually exclusive parameters), the text says the
 *       resource is in the middle of something (正在…, …中, 被锁, 互斥, another task), not after a negation (不是运行中 is
 *       a state, not a task), nor being in use or running (正在使用: the caller must release it; waiting does not).</li>
 *   <li>{@code clock-skew} ({@link RetryAdvice#CLOCK_SKEW}): the name says the signature expired, or the text speaks of
 *       the local clock (not for a parameter's category: a time given as a parameter is the parameter's fault).</li>
 *   <li>{@code retry-later} ({@link RetryAdvice#TRANSIENT}): the text or solution says to retry (later), unless it also
 *       says not to.</li>
 * </ol>
 */
final class RetryRules {
    private static final Pattern PARAMETER = Pattern.compile("^(InvalidParameter|InvalidParameterValue|MissingParameter|UnknownParameter)(\\.|$)");

    private static final Pattern THROTTLING_NAME = Pattern.compile(
            "RateLimit|TooFrequent|TooOften|FreqCtrl|FreqLimit|FrequencyLimit|FreqOverLimit|QpsLimit|QPSLimit|QpsExceed|Throttl|TooManyRequest(?!Param)");
    private static final Pattern THROTTLING_ZH = Pattern.compile("频率限制|频率超限|频率上限|请求频率|频繁|频控|限频|限流(?!规则|策略|配置)");
    private static final Pattern THROTTLING_EN = Pattern.compile("rate limit|too frequent|frequency limit|throttl|too many requests",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern BUSY_NAME = Pattern.compile(
            "(?<!Not)(TaskRunning|InProgress|Mutex|Locked|IsBusy|Processing|Operating)(?!Fail|Error)");
    /** Being in use or running is a state the caller must change, not a task that ends: 正在使用, is being used. */
    private static final Pattern BUSY_ZH = Pattern.compile(
            "正在(?!使用|被使用|运行)|(创建|删除|变更|升级|部署|迁移|同步|扩容|重启|启动|停止|开通|销毁|回滚|备份|恢复|初始化|安装|发货|处理|执行|进行)中|被锁|锁定|互斥");
    /** A state named after one of these is what the resource is not: 不是运行中, 禁止删除运行中的备份. */
    private static final Pattern NEGATION_BEFORE = Pattern.compile("不是|未处于|非|不在|不处于|禁止");
    private static final Pattern BUSY_EN = Pattern.compile("in progress|(is|are) being (?!used)|is locked|another task|another operation|mutex",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CLOCK_NAME = Pattern.compile("SignatureExpire");
    private static final Pattern CLOCK_ZH = Pattern.compile("本地时间|时间偏差|时间相差|时钟");
    private static final Pattern CLOCK_EN = Pattern.compile("clock skew|local time|system time", Pattern.CASE_INSENSITIVE);

    private static final Pattern LATER_ZH = Pattern.compile("稍后重试|稍后再试|请重试|稍后重新");
    private static final Pattern LATER_EN = Pattern.compile("try again later|retry later|please retry|please try again",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_AGAIN = Pattern.compile("请勿重试|无需重试|不要重试|do not retry", Pattern.CASE_INSENSITIVE);

    /** How much of a text the evidence quotes. */
    private static final int QUOTED = 120;

    private RetryRules() {
    }

    /** The advice the rules give a code, from its name and its texts (language tag to message, and to solution). */
    static Optional<ProductData.RetryWhy> derive(String code, Map<String, ProductData.Text> messages,
                                                 Map<String, ProductData.Text> solutions) {
        List<Said> texts = said(messages, solutions);
        if (!PARAMETER.matcher(code).find()) {
            if (code.equals("RequestLimitExceeded") || code.startsWith("RequestLimitExceeded.")) {
                return why(RetryAdvice.THROTTLED, "throttling", "category RequestLimitExceeded");
            }
            Optional<ProductData.RetryWhy> t = first(RetryAdvice.THROTTLED, "throttling", code, THROTTLING_NAME, texts,
                    THROTTLING_ZH, THROTTLING_EN, false);
            if (t.isPresent()) {
                return t;
            }
        }
        // in a parameter's category 互斥 and 操作中 speak of parameters (mutually exclusive, required in an operation)
        boolean parameter = PARAMETER.matcher(code).find();
        Optional<ProductData.RetryWhy> busy = first(RetryAdvice.BUSY, "busy", lastPart(code), BUSY_NAME, parameter ? List.of() : texts,
                BUSY_ZH, BUSY_EN, true);
        if (busy.isPresent()) {
            return busy;
        }
        // a parameter's time against the server's clock is the parameter's fault, not the caller's clock
        Optional<ProductData.RetryWhy> clock = first(RetryAdvice.CLOCK_SKEW, "clock-skew", code, CLOCK_NAME,
                parameter ? List.of() : texts, CLOCK_ZH, CLOCK_EN, false);
        if (clock.isPresent()) {
            return clock;
        }
        for (Said s : texts) {
            if (NOT_AGAIN.matcher(s.text).find()) {
                continue;
            }
            Matcher m = (s.chinese ? LATER_ZH : LATER_EN).matcher(s.text);
            if (m.find()) {
                return why(RetryAdvice.TRANSIENT, "retry-later", s.quoted(m.group()));
            }
        }
        return Optional.empty();
    }

    /** A text of the code: a message or solution in a language, which patterns (Chinese or English) it is read with. */
    private record Said(String what, String text, boolean chinese) {
        String quoted(String matched) {
            return what + ": " + Printable.shorten(text, QUOTED) + " (\"" + matched + "\")";
        }
    }

    private static List<Said> said(Map<String, ProductData.Text> messages, Map<String, ProductData.Text> solutions) {
        List<Said> out = new java.util.ArrayList<>();
        messages.forEach((tag, t) -> out.add(new Said(tag + " text", t.text(), chinese(tag))));
        solutions.forEach((tag, t) -> out.add(new Said(tag + " solution", t.text(), chinese(tag))));
        return out;
    }

    private static boolean chinese(String tag) {
        return Locale.forLanguageTag(tag).getLanguage().equals("zh");
    }

    private static Optional<ProductData.RetryWhy> first(RetryAdvice advice, String rule, String name, Pattern byName,
                                                       List<Said> texts, Pattern zh, Pattern en, boolean unlessNegated) {
        Matcher n = byName.matcher(name);
        if (n.find()) {
            return why(advice, rule, "name: " + name + " (\"" + n.group() + "\")");
        }
        for (Said s : texts) {
            Matcher m = (s.chinese ? zh : en).matcher(s.text);
            while (m.find()) {
                if (!(unlessNegated && s.chinese && negatedBefore(s.text, m.start()))) {
                    return why(advice, rule, s.quoted(m.group()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean negatedBefore(String text, int at) {
        return NEGATION_BEFORE.matcher(text.substring(Math.max(0, at - 4), at)).find();
    }

    private static String lastPart(String code) {
        return code.substring(code.lastIndexOf('.') + 1);
    }

    private static Optional<ProductData.RetryWhy> why(RetryAdvice advice, String rule, String evidence) {
        return Optional.of(new ProductData.RetryWhy(advice, rule, evidence));
    }
}
