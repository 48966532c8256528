package dev.errorcatalog;

import dev.errorcatalog.i18n.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whether a failed call is sent again: the failure's advice, and whether the call is safe to repeat. */
class CallKindsTest {

    @Test
    void anActionIsAReadWhenItsNameBeginsWithAReadingVerb() {
        CallKinds rule = CallKinds.standard();
        for (String read : new String[]{"DescribeKey", "ListKeys", "GetPublicKey", "QueryTask", "InquirePriceCreate",
                "InquiryPriceRunInstances", "CheckDomain", "SearchLog", "Describe", "Get2Things"}) {
            assertEquals(CallKind.READ, rule.kindOf(read), read);
        }
        for (String write : new String[]{"CreateKey", "Encrypt", "ExportImages", "VerifyByAsymmetricKey", "Listener",
                "Getaway", "Describes", "ModifyInstance", "Checkout"}) {
            assertEquals(CallKind.WRITE, rule.kindOf(write), write);
        }
        assertEquals(CallKind.READ, rule.kindOf(ApiAction.of("kms", "2019-01-18", "DescribeKey")));
    }

    @Test
    void theCallerOverridesTheRuleForAnActionByName() {
        CallKinds mine = CallKinds.standard().with("Encrypt", CallKind.READ).with("DescribeAndRotate", CallKind.WRITE);
        assertEquals(CallKind.READ, mine.kindOf("Encrypt"));
        assertEquals(CallKind.WRITE, mine.kindOf("DescribeAndRotate"));
        assertEquals(CallKind.READ, mine.kindOf("DescribeKey"));
        assertEquals(CallKind.WRITE, CallKinds.standard().kindOf("Encrypt"), "the standard rule is not changed");
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> CallKinds.standard().with("encrypt", CallKind.READ));
        assertTrue(e.getMessage().contains("\"encrypt\" is not an API action's name"), e.getMessage());
        assertTrue(mine.toString().contains("Encrypt=READ"), mine.toString());
    }

    @Test
    void aPassingFaultIsRetriedAfterAReadOrAnIdempotentWriteButThrottlingAfterAnyCall() {
        for (RetryAdvice advice : RetryAdvice.values()) {
            for (CallKind call : CallKind.values()) {
                boolean expected = switch (advice) {
                    case THROTTLED -> true;
                    case TRANSIENT, BUSY -> call != CallKind.WRITE;
                    case CLOCK_SKEW, DO_NOT_RETRY, UNKNOWN -> false;
                };
                assertEquals(expected, advice.mayRetry(call), advice + " after a " + call);
            }
        }
    }

    private static final String ACTIONS = """
            errorcatalog-actions 1
            code\tFailedOperation.ServiceBusy
            action\t2019-01-18\tCreateKey\t0
            action\t2019-01-18\tDescribeKey\t0
            """;

    private static Product keys() {
        ScriptedProvider p = new ScriptedProvider("keys", Map.of(Locale.ENGLISH,
                "{\"FailedOperation.ServiceBusy\": \"Busy, try again.\", \"RequestLimitExceeded.Keys\": \"Too often.\"}"));
        p.codes = () -> java.util.List.of(
                CodeDefinition.of("keys", "FailedOperation.ServiceBusy", CodeMetadata.retry(RetryAdvice.TRANSIENT)),
                CodeDefinition.of("keys", "RequestLimitExceeded.Keys", CodeMetadata.retry(RetryAdvice.THROTTLED)));
        p.openActions = () -> Optional.of(new ByteArrayInputStream(ACTIONS.getBytes(StandardCharsets.UTF_8)));
        return ErrorCatalog.builder().provider(p).strict(true).build().product("keys");
    }

    @Test
    void aTransientFaultIsRetriedAfterDescribeKeyButNotAfterCreateKey() {
        Product keys = keys();
        ApiError busy = ApiError.of("FailedOperation.ServiceBusy", "busy", "r-1");
        ApiErrorException afterRead = keys.failure(busy, Locale.ENGLISH, ApiAction.of("keys", "2019-01-18", "DescribeKey"));
        ApiErrorException afterWrite = keys.failure(busy, Locale.ENGLISH, ApiAction.of("keys", "2019-01-18", "CreateKey"));
        RetryPredicate retryable = RetryPredicate.standard();

        RetryDecision read = retryable.decide(new RuntimeException("wrapped", afterRead));
        assertTrue(read.retry());
        assertEquals(CallKind.READ, read.call());
        assertEquals(RetryDecision.Basis.ACTION, read.basis());
        assertEquals(Optional.of(ApiAction.of("keys", "2019-01-18", "DescribeKey")), read.action());
        assertEquals(Optional.of(Duration.ofMillis(200)), read.delay(1));
        assertEquals("retry=TRANSIENT call=READ (keys DescribeKey 2019-01-18): retried", read.toString());

        RetryDecision write = retryable.decide(afterWrite);
        assertFalse(write.retry());
        assertEquals(CallKind.WRITE, write.call());
        assertEquals(Optional.empty(), write.delay(1));
        assertFalse(retryable.test(afterWrite));
        assertTrue(retryable.test(afterRead));

        assertTrue(retryable.forCall(CallKind.IDEMPOTENT_WRITE).test(afterWrite), "a create that carries a ClientToken");
        assertEquals(RetryDecision.Basis.CALLER, retryable.forCall(CallKind.IDEMPOTENT_WRITE).decide(afterWrite).basis());
        assertFalse(retryable.forCall(CallKind.WRITE).test(afterRead), "the caller's word wins over the action's name");
        assertTrue(retryable.withCallKinds(CallKinds.standard().with("CreateKey", CallKind.READ)).test(afterWrite));
    }

    @Test
    void throttlingIsRetriedAfterAWriteAndAFailureWithNoActionIsAWrite() {
        Product keys = keys();
        ApiErrorException throttled = keys.failure(ApiError.of("RequestLimitExceeded.Keys", "slow down", "r-2"), Locale.ENGLISH,
                ApiAction.of("keys", "2019-01-18", "CreateKey"));
        assertTrue(RetryPredicate.standard().test(throttled));

        ApiErrorException busy = keys.failure(ApiError.of("FailedOperation.ServiceBusy", "busy", "r-3"), Locale.ENGLISH);
        RetryDecision unknown = RetryPredicate.standard().decide(busy);
        assertEquals(RetryDecision.Basis.NO_ACTION, unknown.basis());
        assertEquals(CallKind.WRITE, unknown.call());
        assertFalse(unknown.retry());
        assertEquals("retry=TRANSIENT call=WRITE: not retried", unknown.toString());
    }

    @Test
    void anActionFinderNamesTheActionOfAThrowableItKnowsAndOneThatThrowsKnowsNothing() {
        ApiAction describe = ApiAction.of("keys", "2019-01-18", "DescribeKey");
        RetryPredicate retryable = RetryPredicate.standard()
                .withActionFinder(t -> {
                    throw new IllegalStateException("cannot read it");
                })
                .withActionFinder(t -> t instanceof IOException ? Optional.of(describe) : Optional.empty());
        RetryDecision d = retryable.decide(new IllegalStateException("outer", new IOException("reset")));
        assertEquals(Optional.of(describe), d.action());
        assertTrue(d.retry());
        assertEquals(Optional.empty(), retryable.decide(new IllegalStateException("no action")).action());
        assertEquals(RetryDecision.Basis.NO_ACTION, RetryPredicate.standard()
                .withActionFinder(t -> {
                    throw new IllegalStateException("cannot read it");
                }).decide(new IOException("reset")).basis());
    }
}
