package dev.errorcatalog.generator;

import dev.errorcatalog.RetryAdvice;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rules that derive retry advice from a code's name and texts, each with the words that decided it. */
class RetryRulesTest {

    private static Optional<ProductData.RetryWhy> derive(String code, String en, String zh, String zhSolution) {
        Map<String, ProductData.Text> messages = new LinkedHashMap<>();
        if (en != null) {
            messages.put("en", new ProductData.Text(en, "sdk-en"));
        }
        if (zh != null) {
            messages.put("zh-CN", new ProductData.Text(zh, "sdk-zh"));
        }
        Map<String, ProductData.Text> solutions = zhSolution == null ? Map.of() : Map.of("zh-CN", new ProductData.Text(zhSolution, "error-centre"));
        return RetryRules.derive(code, messages, solutions);
    }

    private static Optional<ProductData.RetryWhy> why(RetryAdvice advice, String rule, String evidence) {
        return Optional.of(new ProductData.RetryWhy(advice, rule, evidence));
    }

    @Test
    void throttlingByCategoryNameOrTextInAnyCategoryButAParameters() {
        assertEquals(why(RetryAdvice.THROTTLED, "throttling", "category RequestLimitExceeded"),
                derive("RequestLimitExceeded.UinLimitExceeded", null, "超出请求频率。", null));
        assertEquals(why(RetryAdvice.THROTTLED, "throttling", "name: LimitExceeded.RateLimitExceeded (\"RateLimit\")"),
                derive("LimitExceeded.RateLimitExceeded", "The quota is used up.", null, null), "a rate in the quota category");
        assertEquals(why(RetryAdvice.THROTTLED, "throttling", "zh-CN text: 操作过于频繁，请稍后再试。 (\"频繁\")"),
                derive("FailedOperation.Busy", null, "操作过于频繁，请稍后再试。", null), "throttling before retry-later");
        assertEquals(why(RetryAdvice.THROTTLED, "throttling", "en text: Index operations exceed the frequency limit. (\"frequency limit\")"),
                derive("LimitExceeded.IndexOperating", "Index operations exceed the frequency limit.", null, null));
        assertEquals(Optional.empty(), derive("InvalidParameterValue.RateLimit", "The rate limit value is invalid.", "限频值无效。", null),
                "a rate given as a parameter is no rate hit");
        assertEquals(Optional.empty(), derive("ResourceInUse.RatelimitRuleExistError", null, "限流规则已存在。", null),
                "a rate-limiting rule is a resource");
        assertEquals(Optional.empty(), derive("UnsupportedOperation.GatewayTooManyRequestParameter", null, "参数过多。", null));
    }

    @Test
    void busyByNameOrTextNotAfterANegationNorInUse() {
        assertEquals(why(RetryAdvice.BUSY, "busy", "name: RotateTaskRunning (\"TaskRunning\")"),
                derive("FailedOperation.RotateTaskRunning", "Key rotation is running.", "密钥轮换任务执行中", null));
        assertEquals(why(RetryAdvice.BUSY, "busy", "zh-CN text: 命令正在执行中。 (\"正在\")"),
                derive("ResourceUnavailable.CommandInExecuting", null, "命令正在执行中。", null));
        assertEquals(why(RetryAdvice.BUSY, "busy", "en text: The specified resource is being cloned. (\"is being \")"),
                derive("FailedOperation.ResourceInCloning", "The specified resource is being cloned.", null, null));
        assertEquals(Optional.empty(), derive("FailedOperation.JobStatusNotRunning", null, "任务状态不是运行中。", null));
        assertEquals(Optional.empty(), derive("ResourceUnavailable.InstanceStateNotRunning", null, "实例未处于处理中。", null),
                "a state after a negation is what the resource is not");
        assertEquals(Optional.empty(), derive("InvalidParameterValue.BandwidthPackageInUse", "The package is being used.", "该带宽包正在被使用。", null),
                "in use: waiting does not release it");
        assertEquals(Optional.empty(), derive("InternalError.AudioProcessingFailed", "Audio processing failed.", null, null));
        assertEquals(Optional.empty(), derive("InvalidParameter.AtMostOne", null, "参数互斥。", null), "mutually exclusive parameters");
        assertEquals(why(RetryAdvice.BUSY, "busy", "name: ActionInProgress (\"InProgress\")"),
                derive("InvalidParameter.ActionInProgress", null, "操作进行中。", null), "a parameter's category is busy by its name");
    }

    @Test
    void clockSkewByNameOrTheLocalClockButNotAParametersTime() {
        assertEquals(why(RetryAdvice.CLOCK_SKEW, "clock-skew", "name: AuthFailure.SignatureExpire (\"SignatureExpire\")"),
                derive("AuthFailure.SignatureExpire", "Signature expired.", null, null));
        assertEquals(why(RetryAdvice.CLOCK_SKEW, "clock-skew", "zh-CN text: 请检查本地时间。 (\"本地时间\")"),
                derive("AuthFailure.TimeInvalid", null, "请检查本地时间。", null));
        assertEquals(Optional.empty(), derive("InvalidParameterValue.InvalidEventTime", null, "EventTime与当前系统时间相差过大", null));
    }

    @Test
    void retryLaterFromTheTextOrTheSolutionUnlessItSaysNotTo() {
        assertEquals(why(RetryAdvice.TRANSIENT, "retry-later", "zh-CN solution: 请稍后重试。 (\"稍后重试\")"),
                derive("InternalError.DbError", "Database error.", "数据库错误。", "请稍后重试。"));
        assertEquals(why(RetryAdvice.TRANSIENT, "retry-later", "en text: Failed to pull the video. Please try again. (\"Please try again\")"),
                derive("FailedOperation.LipNetFailed", "Failed to pull the video. Please try again.", null, null));
        assertEquals(Optional.empty(), derive("FailedOperation.Refused", null, "请求被拒绝，请勿重试。请重试其他操作", null));
        assertEquals(Optional.empty(), derive("ResourceNotFound.Domain", null, "请在 DNSPod 接入后重试。", null),
                "retry after doing something is no retry later");
    }
}
