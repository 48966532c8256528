package dev.errorcatalog.tencentcloud;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.Language;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.Product;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.UnknownProductException;
import dev.errorcatalog.kms.KmsCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SDK's exception in each shape the SDK builds it, resolved. */
class TencentCloudErrorsTest {
    private static final TencentCloudErrors ERRORS = TencentCloudErrors.of(ErrorCatalog.load());
    private static final Product KMS = ERRORS.catalog().product("kms");

    @Test
    void aNetworkFailureHasNoCodeNorRequestIdAndIsAnsweredWithoutANullPointer() {
        // how the SDK reports an IOException: (message, cause), which leaves code and request id null
        TencentCloudSDKException e = new TencentCloudSDKException("Failed to connect", new ConnectException("refused"));
        SdkError error = ERRORS.resolve("kms", e, Locale.ENGLISH);
        assertEquals(SdkFailure.NO_API_ANSWER, error.failure());
        assertEquals(Optional.empty(), error.code());
        assertEquals(Optional.empty(), error.requestId());
        assertEquals(Optional.of("Failed to connect"), error.serverMessage());
        assertEquals(RetryAdvice.TRANSIENT, error.retry());
        assertEquals("NO_API_ANSWER code=- requestId=- retry=TRANSIENT: Failed to connect "
                + "cause=java.net.ConnectException: refused", error.logLine());
        assertEquals(ConnectException.class, error.cause().orElseThrow().getClass());
        assertFalse(error.is(KmsCode.RESOURCE_UNAVAILABLE__CMK_DISABLED));
    }

    @Test
    void anHttpStatusOtherThan200IsNoAnswerFromTheApiAndTransient() {
        SdkError error = ERRORS.resolve("kms", new TencentCloudSDKException("status 502", "", "ServerSideError"), Locale.SIMPLIFIED_CHINESE);
        assertEquals(SdkFailure.NO_API_ANSWER, error.failure());
        assertEquals(Optional.of("ServerSideError"), error.code());
        assertEquals(Optional.empty(), error.requestId(), "an empty request id is none");
        assertEquals(RetryAdvice.TRANSIENT, error.retry());
        assertEquals(Locale.SIMPLIFIED_CHINESE, error.locale());
    }

    @Test
    void aResponseThatCouldNotBeReadIsNoAnswerFromTheApi() {
        // the SDK's shape: its own message, the parse failure as the cause, no code
        TencentCloudSDKException e = new TencentCloudSDKException("json is not a valid representation for an object of type",
                new com.google.gson.JsonSyntaxException("Expected BEGIN_OBJECT"));
        assertEquals(SdkFailure.NO_API_ANSWER, ERRORS.resolve("kms", e, Locale.ENGLISH).failure());
        assertTrue(ERRORS.retryable("kms").forCall(dev.errorcatalog.CallKind.READ).test(e));
        assertFalse(ERRORS.retryable("kms").test(e), "made here, not by a client's method: no action, so taken as a write");
    }

    @Test
    void aCallTheSdkDidNotSendIsRefusedAndNotRetried() {
        // each shape the SDK gives a call it does not send: ClientSideError as the code (a retry count out of range),
        // as the message with the cause (its retry helper), or a message without a cause (a usage mistake, a bad
        // endpoint, missing credentials)
        List<TencentCloudSDKException> refusals = List.of(
                new TencentCloudSDKException("The number of retryTimes supported is 0 to 10.", "", "ClientSideError"),
                new TencentCloudSDKException("ClientSideError", new NoSuchMethodException("Describe")),
                new TencentCloudSDKException("ClientSideError", new InterruptedException()),
                new TencentCloudSDKException("WrongUsage: Cannot post multipart with customized parameters."),
                new TencentCloudSDKException("IllegalArgumentException-unexpected host"));
        for (TencentCloudSDKException e : refusals) {
            SdkError error = ERRORS.resolve("kms", e, Locale.ENGLISH);
            assertEquals(SdkFailure.SDK_REFUSED, error.failure(), e.getMessage());
            assertEquals(RetryAdvice.DO_NOT_RETRY, error.retry(), e.getMessage());
            assertEquals(Optional.empty(), error.resolution());
            assertFalse(ERRORS.retryable("kms").test(e), e.getMessage());
            assertEquals("The Tencent Cloud SDK did not send the request (a mistake in how it was called, or missing "
                    + "credentials or settings); retrying will not help.", error.message());
        }
        SdkError chinese = ERRORS.resolve(KMS, refusals.get(0), KMS.localeOfHeader("zh-CN"));
        assertEquals("腾讯云 SDK 未发出请求（调用方式有误，或缺少凭证、配置），重试无济于事。", chinese.message());
        assertEquals(Locale.SIMPLIFIED_CHINESE, chinese.locale());
    }

    @Test
    void aCodeTheCatalogDoesNotKnowAnswersWithTheServersMessageAndSaysItsLanguage() {
        TencentCloudSDKException e = new TencentCloudSDKException("密钥状态异常", "req-9", "NoSuchCategory.Anything");
        SdkError error = ERRORS.resolve(KMS, e, Locale.ENGLISH);
        assertTrue(error.fromServer());
        assertEquals("密钥状态异常", error.message());
        assertEquals(Locale.SIMPLIFIED_CHINESE, error.locale(), "the server's text is Chinese, whatever was negotiated");
        assertEquals(Optional.of("req-9"), error.requestId());
    }

    @Test
    void theLanguageToAskTheApiForIsOneOfTheTwoItHas() {
        assertEquals(Language.ZH_CN, TencentCloudErrors.language(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Language.ZH_CN, TencentCloudErrors.language(Locale.forLanguageTag("zh-SG")));
        assertEquals(Language.EN_US, TencentCloudErrors.language(Locale.ENGLISH));
        assertEquals(Language.EN_US, TencentCloudErrors.language(Locale.FRENCH));
        assertEquals(Language.ZH_CN, TencentCloudErrors.language(KMS.localeOfHeader("fr;q=0.9, zh-Hans;q=0.8")));
        assertEquals(Language.EN_US, TencentCloudErrors.language(KMS.locale(Locale.GERMAN)));
        assertEquals("zh-CN", TencentCloudErrors.language(KMS.localeOfHeader("zh-TW, zh-CN;q=0.5")).getValue());
    }

    @Test
    void theLogLineQuotesWhatTheSdkReportedVisibly() {
        TencentCloudSDKException e = new TencentCloudSDKException("msg\r\n\u001b[2J", "req-2\n", "Foo\n2026-01-01 INFO admin logged in");
        String line = ERRORS.resolve(KMS, e, KMS.localeOfHeader("en")).logLine();
        assertTrue(line.chars().noneMatch(Character::isISOControl), line);
        assertTrue(line.startsWith("API_ERROR code=Foo\\n2026-01-01 INFO admin logged in requestId=req-2\\n retry="), line);
        assertTrue(line.endsWith(": msg\\r\\n\\u001b[2J"), line);
    }

    @Test
    void theLogLineShortensWhatTheSdkReported() {
        String huge = "x".repeat(1_000_000);
        TencentCloudSDKException e = new TencentCloudSDKException("m" + huge, "req-" + huge, "Foo." + huge);
        SdkError error = ERRORS.resolve(KMS, e, KMS.localeOfHeader("en"));
        assertTrue(error.logLine().length() < 2000, error.logLine().length() + " characters");
        assertTrue(error.logLine().startsWith("API_ERROR code=Foo.xxx"), error.logLine().substring(0, 100));
        assertTrue(error.logLine().endsWith(": m" + "x".repeat(396) + "..."), error.logLine().substring(error.logLine().length() - 100));
        assertEquals("Foo." + huge, error.code().orElseThrow(), "what the SDK reported is kept whole");
        assertEquals("m" + huge, error.serverMessage().orElseThrow());
    }

    @Test
    void theLogLineNamesTheCausesChainQuotedShortenedAndEndingAtACycle() {
        // a cause's message is whatever the network stack or a parser put there: quoted and shortened as the server's
        IOException root = new IOException("reset\n2026-01-01 INFO forged " + "y".repeat(1_000_000));
        TencentCloudSDKException e = new TencentCloudSDKException("", new java.io.UncheckedIOException("read", root));
        String line = ERRORS.resolve(KMS, e, Locale.ENGLISH).logLine();
        assertTrue(line.chars().noneMatch(Character::isISOControl), line.substring(0, 200));
        assertTrue(line.length() < 2000, line.length() + " characters");
        assertTrue(line.startsWith("NO_API_ANSWER code=- requestId=- retry=TRANSIENT: - cause=java.io.UncheckedIOException: "
                + "read; caused by java.io.IOException: reset\\n2026-01-01 INFO forged yyy"), line.substring(0, 200));
        assertTrue(line.endsWith("y..."), line.substring(line.length() - 50));

        // a cause without a message is named by its class; a chain is cut after three links, and a cycle ends
        Exception a = new Exception();
        Exception b = new Exception("b", a);
        a.initCause(b);
        assertTrue(ERRORS.resolve(KMS, new TencentCloudSDKException("m", a), Locale.ENGLISH).logLine()
                .endsWith(": m cause=java.lang.Exception; caused by java.lang.Exception: b"));
        Exception deep = new Exception("4", new Exception("5"));
        for (int i = 3; i >= 1; i--) {
            deep = new Exception(String.valueOf(i), deep);
        }
        assertTrue(ERRORS.resolve(KMS, new TencentCloudSDKException("m", deep), Locale.ENGLISH).logLine()
                .endsWith(": m cause=java.lang.Exception: 1; caused by java.lang.Exception: 2; caused by java.lang.Exception: 3"));
    }

    @Test
    void aCauseWhoseGettersThrowLosesOnlyWhatTheyWouldHaveSaid() {
        Exception silent = new Exception("unused", new IOException("under")) {
            @Override
            public String getMessage() {
                throw new IllegalStateException("getMessage failed");
            }
        };
        SdkError error = ERRORS.resolve(KMS, new TencentCloudSDKException("m", silent), Locale.ENGLISH);
        assertEquals(SdkFailure.NO_API_ANSWER, error.failure());
        assertTrue(error.logLine().endsWith(": m cause=" + silent.getClass().getName()
                + "; caused by java.io.IOException: under"), error.logLine());
    }

    @Test
    void aBrowsersHeaderNeverThrows() {
        TencentCloudSDKException e = new TencentCloudSDKException("CMK已被禁用", "req-1", "ResourceUnavailable.CmkDisabled");
        assertEquals(Locale.SIMPLIFIED_CHINESE, ERRORS.resolve(KMS, e, KMS.localeOfHeader("zh-CN;q=abc, !!!, zh;q=0.7")).locale());
        assertEquals(Locale.ENGLISH, ERRORS.resolve(KMS, e, KMS.localeOfHeader("not a header!")).locale());
        assertEquals(Language.EN_US, TencentCloudErrors.language(KMS.localeOfHeader("not a header!")));
        String notSent = null; // what a servlet request's getHeader returns without one
        assertEquals(Locale.ENGLISH, ERRORS.resolve(KMS, e, KMS.localeOfHeader(notSent)).locale());
        assertEquals(Language.EN_US, TencentCloudErrors.language(KMS.localeOfHeader(notSent)));
    }

    @Test
    void thePredicateReadsTheSdksExceptionAnywhereInTheCauseChain() {
        var retryable = ERRORS.retryable("kms");
        TencentCloudSDKException throttled = new TencentCloudSDKException("slow down", "r", "RequestLimitExceeded");
        TencentCloudSDKException disabled = new TencentCloudSDKException("off", "r", "ResourceUnavailable.CmkDisabled");
        assertTrue(retryable.test(throttled));
        assertTrue(retryable.test(new RuntimeException(throttled)));
        assertFalse(retryable.test(disabled));
        assertFalse(retryable.test(new RuntimeException(disabled)));
        assertTrue(retryable.forCall(dev.errorcatalog.CallKind.READ).test(new TencentCloudSDKException("reset", new IOException("reset"))));
        assertEquals(RetryAdvice.CLOCK_SKEW,
                retryable.advice(new TencentCloudSDKException("expired", "r", "AuthFailure.SignatureExpire")));
        assertFalse(retryable.test(new TencentCloudSDKException("expired", "r", "AuthFailure.SignatureExpire")));
        assertEquals("vod", assertThrows(UnknownProductException.class, () -> ERRORS.retryable("vod")).product());
    }

    /** An SDK exception (a subclass, a proxy) whose getters throw: each one named throws, the others answer. */
    private static final class Hostile extends TencentCloudSDKException {
        private final java.util.Set<String> throwing;

        Hostile(String message, String requestId, String code, String... throwing) {
            super(message, requestId, code);
            this.throwing = java.util.Set.of(throwing);
        }

        private void maybeThrow(String getter) {
            if (throwing.contains(getter)) {
                throw new IllegalStateException(getter + " failed\n2026-01-01 ERROR forged");
            }
        }

        @Override
        public String getErrorCode() {
            maybeThrow("getErrorCode");
            return super.getErrorCode();
        }

        @Override
        public String getRequestId() {
            maybeThrow("getRequestId");
            return super.getRequestId();
        }

        @Override
        public String getMessage() {
            maybeThrow("getMessage");
            return super.getMessage();
        }

        @Override
        public synchronized Throwable getCause() {
            maybeThrow("getCause");
            return super.getCause();
        }

        @Override
        public String toString() {
            maybeThrow("toString");
            return super.toString();
        }
    }

    @Test
    void anExceptionWhoseGetCauseThrowsIsAnUnreadableCauseNotAnEscape() {
        // no code: whether it was sent depends on the cause, which cannot be read; nothing says the API was reached
        Hostile noCode = new Hostile("failed", null, null, "getCause");
        SdkError error = ERRORS.resolve("kms", noCode, Locale.ENGLISH);
        assertEquals(SdkFailure.SDK_REFUSED, error.failure());
        assertEquals(RetryAdvice.DO_NOT_RETRY, error.retry());
        assertFalse(ERRORS.retryable("kms").test(noCode));
        assertFalse(ERRORS.retryable("kms").test(new RuntimeException("wrapped", noCode)));
        // with a code the cause is not needed
        Hostile throttled = new Hostile("slow down", "req-1", "RequestLimitExceeded", "getCause");
        assertEquals(RetryAdvice.THROTTLED, ERRORS.resolve("kms", throttled, Locale.ENGLISH).retry());
        assertTrue(ERRORS.retryable("kms").test(throttled));
    }

    @Test
    void anExceptionWhoseGettersAllThrowIsAnsweredAsACallNotSent() {
        Hostile all = new Hostile("m", "r", "RequestLimitExceeded", "getErrorCode", "getRequestId", "getMessage",
                "getCause", "toString");
        SdkError error = ERRORS.resolve(KMS, all, KMS.localeOfHeader("zh-CN"));
        assertEquals(SdkFailure.SDK_REFUSED, error.failure());
        assertEquals(Optional.empty(), error.code());
        assertEquals(Optional.empty(), error.requestId());
        assertEquals(Optional.empty(), error.serverMessage());
        assertEquals(Locale.SIMPLIFIED_CHINESE, error.locale());
        assertEquals("SDK_REFUSED code=- requestId=- retry=DO_NOT_RETRY: -", error.logLine());
        assertEquals(Optional.empty(), error.cause());
        assertEquals(RetryAdvice.DO_NOT_RETRY, ERRORS.retryable("kms").advice(all));
    }

    @Test
    void aGetterThatThrowsLosesOnlyWhatItWouldHaveSaid() {
        Hostile noMessage = new Hostile("m", "req-7", "ResourceUnavailable.CmkDisabled", "getMessage");
        SdkError error = ERRORS.resolve("kms", noMessage, Locale.ENGLISH);
        assertEquals(SdkFailure.API_ERROR, error.failure());
        assertTrue(error.is(KmsCode.RESOURCE_UNAVAILABLE__CMK_DISABLED));
        assertEquals(Optional.of("req-7"), error.requestId());
        assertEquals(Optional.empty(), error.serverMessage());
        Hostile noRequestId = new Hostile("m", "req-7", "ResourceUnavailable.CmkDisabled", "getRequestId");
        assertEquals(Optional.empty(), ERRORS.resolve("kms", noRequestId, Locale.ENGLISH).requestId());
        // the SDK's retry helper names ClientSideError in the message: unreadable, it is not that
        Hostile io = new Hostile("ClientSideError", null, null, "getMessage");
        io.initCause(new IOException("reset"));
        assertEquals(SdkFailure.NO_API_ANSWER, ERRORS.resolve("kms", io, Locale.ENGLISH).failure());
    }

    @Test
    void anSdkErrorShownAsTextQuotesWhatTheSdkReported() {
        TencentCloudSDKException e = new TencentCloudSDKException("msg\r\n\u001b[2J", "req-2\n", "Foo\n2026-01-01 INFO forged");
        SdkError error = ERRORS.resolve(KMS, e, KMS.localeOfHeader("en"));
        String text = error.toString();
        assertTrue(text.chars().noneMatch(Character::isISOControl), text);
        assertTrue(text.contains("Foo\\n2026-01-01 INFO forged"), text);
    }
}
