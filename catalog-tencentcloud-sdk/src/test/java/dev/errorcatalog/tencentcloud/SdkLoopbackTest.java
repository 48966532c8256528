package dev.errorcatalog.tencentcloud;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.Language;
import com.tencentcloudapi.kms.v20190118.KmsClient;
import com.tencentcloudapi.kms.v20190118.models.CreateKeyRequest;
import com.tencentcloudapi.kms.v20190118.models.DescribeKeyRequest;
import dev.errorcatalog.ActionCheck;
import dev.errorcatalog.ApiAction;
import dev.errorcatalog.CallKind;
import dev.errorcatalog.RetryDecision;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.Product;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.kms.KmsCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The official SDK's KMS client against an API on the loopback address: its exceptions, resolved. */
class SdkLoopbackTest {
    private static final TencentCloudErrors ERRORS = TencentCloudErrors.of(ErrorCatalog.load());
    private static final Product KMS = ERRORS.catalog().product("kms");

    private static TencentCloudSDKException call(KmsClient client) {
        DescribeKeyRequest request = new DescribeKeyRequest();
        request.setKeyId("key-1");
        return assertThrows(TencentCloudSDKException.class, () -> client.DescribeKey(request));
    }

    @Test
    void aBusinessErrorIsAnsweredInTheUsersLanguageWithTheRequestId() throws IOException {
        try (LoopbackApi api = LoopbackApi.answering("ResourceUnavailable.CmkDisabled", "CMK已被禁用", "req-cmk-1")) {
            Language language = TencentCloudErrors.language(KMS.localeOfHeader("zh-CN,zh;q=0.9,en;q=0.8"));
            TencentCloudSDKException e = call(api.kms(language));

            SdkError error = ERRORS.resolve(KMS, e, KMS.localeOfHeader("zh-CN,zh;q=0.9,en;q=0.8"));
            assertEquals(List.of("zh-CN"), api.languagesSent);
            assertEquals(SdkFailure.API_ERROR, error.failure());
            assertEquals(Optional.of("ResourceUnavailable.CmkDisabled"), error.code());
            assertEquals(Optional.of("req-cmk-1"), error.requestId());
            assertEquals(Optional.of("CMK已被禁用"), error.serverMessage());
            assertEquals("CMK已被禁用。", error.message());
            assertEquals(Locale.SIMPLIFIED_CHINESE, error.locale());
            assertEquals(RetryAdvice.DO_NOT_RETRY, error.retry());
            assertTrue(error.is(KmsCode.RESOURCE_UNAVAILABLE__CMK_DISABLED));
            assertFalse(error.fromServer());
            assertEquals(Optional.empty(), error.cause(), "the API answered: nothing went wrong under the SDK");
            assertFalse(ERRORS.retryable("kms").test(e));
        }
    }

    @Test
    void throttlingIsRetriedAfterALongerWaitThanATransientFault() throws IOException {
        try (LoopbackApi api = LoopbackApi.answering("RequestLimitExceeded", "Your request is over the limit.", "req-rl-1")) {
            TencentCloudSDKException e = call(api.kms(TencentCloudErrors.language(KMS.locale(Locale.US))));

            SdkError error = ERRORS.resolve("kms", e, Locale.US);
            assertEquals(List.of("en-US"), api.languagesSent);
            assertEquals(RetryAdvice.THROTTLED, error.retry());
            assertEquals(Optional.of("req-rl-1"), error.requestId());
            assertEquals(Locale.ENGLISH, error.locale());
            assertTrue(ERRORS.retryable("kms").test(e));
            assertTrue(ERRORS.retryable("kms").test(new IllegalStateException("wrapped", e)));
            assertTrue(error.retry().delay(1).orElseThrow().compareTo(RetryAdvice.TRANSIENT.delay(1).orElseThrow()) > 0);
        }
    }

    @Test
    void aServerFaultKeepsItsRequestIdAndIsNotRetriedWithoutAdvice() throws IOException {
        try (LoopbackApi api = LoopbackApi.answering("InternalError", "内部错误", "req-ie-1")) {
            TencentCloudSDKException e = call(api.kms(Language.ZH_CN));

            SdkError error = ERRORS.resolve("kms", e, Locale.CHINA);
            assertEquals(SdkFailure.API_ERROR, error.failure());
            assertEquals(Optional.of("InternalError"), error.code());
            assertEquals(Optional.of("req-ie-1"), error.requestId());
            // the documents do not say an internal error passes, so the catalog gives no advice and nothing retries it
            assertEquals(RetryAdvice.UNKNOWN, error.retry());
            assertFalse(ERRORS.retryable("kms").test(new RuntimeException("wrapped", e)));
            assertEquals(Locale.SIMPLIFIED_CHINESE, error.locale());
        }
    }

    @Test
    void aDroppedConnectionHasAnAnswerOfItsOwnAndIsTransient() throws IOException {
        try (LoopbackApi.Dropping api = new LoopbackApi.Dropping()) {
            TencentCloudSDKException e = call(LoopbackApi.client(api.port(), Language.EN_US));

            assertInstanceOf(IOException.class, e.getCause(), "the SDK's own shape of a network failure");
            SdkError error = ERRORS.resolve(KMS, e, KMS.localeOfHeader("en"));
            assertEquals(SdkFailure.NO_API_ANSWER, error.failure());
            assertEquals(Optional.empty(), error.code());
            assertEquals(Optional.empty(), error.requestId());
            assertEquals(Optional.empty(), error.resolution());
            assertEquals("No answer came from the Tencent Cloud API (a network fault or a response that could not be "
                    + "read); the request may be retried.", error.message());
            assertEquals(RetryAdvice.TRANSIENT, error.retry());
            assertTrue(ERRORS.retryable("kms").test(e));
            assertEquals("未能从腾讯云 API 得到应答（网络故障或无法读取的响应），可稍后重试。",
                    ERRORS.resolve("kms", e, Locale.CHINA).message());
        }
    }

    @Test
    void aRefusedConnectionsLogLineNamesTheCause() throws IOException {
        TencentCloudSDKException e = call(LoopbackApi.client(LoopbackApi.closedPort(), Language.EN_US));

        SdkError error = ERRORS.resolve(KMS, e, KMS.localeOfHeader("en"));
        assertEquals(SdkFailure.NO_API_ANSWER, error.failure());
        assertEquals(RetryAdvice.TRANSIENT, error.retry());
        assertTrue(error.logLine().startsWith("NO_API_ANSWER code=- requestId=- action=kms/2019-01-18/DescribeKey retry=TRANSIENT"
                + " call=READ: "), error.logLine());
        assertInstanceOf(java.net.ConnectException.class, error.cause().orElseThrow());
        assertSame(e.getCause(), error.cause().orElseThrow(), "the SDK exception's own cause, kept");
        // the SDK's wrapper (OkHttp's, naming the address) and the reason under it
        assertTrue(error.logLine().matches("NO_API_ANSWER code=- requestId=- action=kms/2019-01-18/DescribeKey retry=TRANSIENT"
                + " call=READ: .* cause="
                + "java\\.net\\.ConnectException: Failed to connect to .*127\\.0\\.0\\.1:\\d+"
                + "; caused by java\\.net\\.ConnectException: Connection refused"), error.logLine());
    }

    @Test
    void aCutBodysLogLineNamesTheCause() throws IOException {
        try (LoopbackApi.Cutting api = new LoopbackApi.Cutting()) {
            TencentCloudSDKException e = call(LoopbackApi.client(api.port(), Language.EN_US));

            SdkError error = ERRORS.resolve(KMS, e, KMS.localeOfHeader("en"));
            assertEquals(SdkFailure.NO_API_ANSWER, error.failure());
            assertEquals(RetryAdvice.TRANSIENT, error.retry());
            assertInstanceOf(java.net.ProtocolException.class, error.cause().orElseThrow());
            assertTrue(error.logLine().endsWith(" cause=java.net.ProtocolException: unexpected end of stream"),
                    error.logLine());
        }
    }

    @Test
    void aCallTheSdkRefusesToSendIsNotRetried() throws IOException {
        try (LoopbackApi api = LoopbackApi.answering("InternalError", "unused", "req-unused")) {
            DescribeKeyRequest request = new DescribeKeyRequest();
            request.setKeyId("key-1");
            TencentCloudSDKException e = assertThrows(TencentCloudSDKException.class,
                    () -> api.kms(Language.EN_US).retry(request, 11));

            SdkError error = ERRORS.resolve(KMS, e, KMS.localeOfHeader("en"));
            assertEquals(SdkFailure.SDK_REFUSED, error.failure());
            assertEquals(Optional.of("ClientSideError"), error.code());
            assertEquals(RetryAdvice.DO_NOT_RETRY, error.retry());
            assertFalse(ERRORS.retryable("kms").test(e));
            assertEquals(List.of(), api.languagesSent, "nothing reached the API");
        }
    }

    @Test
    void aServersCodeMessageAndRequestIdOfAnyCharactersAreKeptAsSentAndQuotedInTheLogLine() throws IOException {
        // JSON escapes, so the SDK reads control characters, a lone surrogate and URI-unsafe characters
        try (LoopbackApi api = LoopbackApi.answering("Bad Code/<x>?#%\\r\\n2026-01-01 ERROR forged\\u001b[31m\\ud800",
                "msg\\n2026-01-01 INFO forged", "req\\r\\n1")) {
            TencentCloudSDKException e = call(api.kms(Language.EN_US));

            SdkError error = ERRORS.resolve(KMS, e, KMS.localeOfHeader("en"));
            assertEquals(SdkFailure.API_ERROR, error.failure());
            assertEquals(Optional.of("Bad Code/<x>?#%\r\n2026-01-01 ERROR forged\u001b[31m\ud800"), error.code());
            assertEquals(Optional.of("req\r\n1"), error.requestId());
            assertEquals(RetryAdvice.UNKNOWN, error.retry());
            assertFalse(ERRORS.retryable("kms").test(e));
            for (String line : List.of(error.logLine(), error.toString())) {
                assertTrue(line.chars().noneMatch(Character::isISOControl), line);
                assertTrue(line.contains("code=Bad Code/<x>?#%\\r\\n2026-01-01 ERROR forged\\u001b[31m\\ud800 "
                        + "requestId=req\\r\\n1 "), line);
            }
        }
    }

    /** Sends a call until it succeeds, the predicate says no, or three attempts; how many were sent. */
    private static int attempts(java.util.concurrent.Callable<?> call, java.util.function.Predicate<Throwable> retryable) {
        for (int attempt = 1; ; attempt++) {
            try {
                call.call();
                return attempt;
            } catch (Exception e) {
                if (attempt == 3 || !retryable.test(e)) {
                    return attempt;
                }
            }
        }
    }

    @Test
    void theActionIsReadOffTheKmsClientsMethodAndItsListSaysWhetherTheCodeWasToBeExpected() throws IOException {
        try (LoopbackApi api = LoopbackApi.answering("ResourceUnavailable.CmkNotFound", "no such key", "req-nf-1")) {
            SdkError error = ERRORS.resolve(KMS, call(api.kms(Language.EN_US)), Locale.ENGLISH);
            assertEquals(Optional.of(ApiAction.of("kms", "2019-01-18", "DescribeKey")), error.action());
            assertEquals(ActionCheck.Listing.LISTED, error.resolution().orElseThrow().action().orElseThrow().listing());
            assertEquals("ResourceUnavailable.CmkNotFound found in kms", error.resolution().orElseThrow().explain());
        }
        try (LoopbackApi api = LoopbackApi.answering("InvalidParameterValue.InvalidCiphertext", "bad ciphertext", "req-ct-1")) {
            SdkError error = ERRORS.resolve(KMS, call(api.kms(Language.EN_US)), Locale.ENGLISH);
            assertEquals(ActionCheck.Listing.NOT_LISTED, error.resolution().orElseThrow().action().orElseThrow().listing());
            assertTrue(error.logLine().contains("not listed for kms DescribeKey 2019-01-18: check the product, version and endpoint"),
                    error.logLine());
        }
    }

    @Test
    void aPassingFaultIsRetriedAfterDescribeKeyButNotAfterCreateKeyUnlessTheCallerSaysItIsIdempotent() throws IOException {
        // a busy resource: the server refused, for now; the call may be repeated only if repeating it is safe
        try (LoopbackApi api = LoopbackApi.answering("FailedOperation.RotateTaskRunning", "rotating", "req-busy-1")) {
            KmsClient kms = api.kms(Language.EN_US);
            DescribeKeyRequest describe = new DescribeKeyRequest();
            describe.setKeyId("key-1");
            CreateKeyRequest create = new CreateKeyRequest();
            create.setAlias("key-2");
            java.util.function.Predicate<Throwable> retryable = ERRORS.retryable("kms");

            assertEquals(3, attempts(() -> kms.DescribeKey(describe), retryable), "a read: sent again");
            assertEquals(1, attempts(() -> kms.CreateKey(create), retryable), "a write: a second key may be made");
            assertEquals(3, attempts(() -> kms.CreateKey(create), ERRORS.retryable("kms").forCall(CallKind.IDEMPOTENT_WRITE)),
                    "the caller says the create carries an idempotency token");
            assertEquals(7, api.languagesSent.size(), "each attempt reached the API");

            SdkError afterCreate = ERRORS.resolve(KMS, assertThrows(TencentCloudSDKException.class, () -> kms.CreateKey(create)),
                    Locale.ENGLISH);
            assertEquals(RetryAdvice.BUSY, afterCreate.retry());
            assertEquals(ApiAction.of("kms", "2019-01-18", "CreateKey"), afterCreate.action().orElseThrow());
            assertFalse(afterCreate.retryDecision().retry());
            assertEquals(CallKind.WRITE, afterCreate.retryDecision().call());
        }
        // no answer at all: the dropped connection may have come after the server made the key
        try (LoopbackApi.Dropping api = new LoopbackApi.Dropping()) {
            KmsClient kms = LoopbackApi.client(api.port(), Language.EN_US);
            CreateKeyRequest create = new CreateKeyRequest();
            create.setAlias("key-3");
            TencentCloudSDKException afterCreate = assertThrows(TencentCloudSDKException.class, () -> kms.CreateKey(create));
            assertFalse(ERRORS.retryable("kms").test(afterCreate));
            assertTrue(ERRORS.retryable("kms").test(call(kms)), "the same fault after DescribeKey");
            assertEquals(RetryDecision.Basis.ACTION, ERRORS.retryable("kms").decide(afterCreate).basis());
        }
    }
}
