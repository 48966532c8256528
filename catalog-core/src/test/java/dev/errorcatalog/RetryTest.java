package dev.errorcatalog;

import dev.errorcatalog.i18n.InvalidValueException;
import dev.errorcatalog.demo.DemoCatalogProvider;
import dev.errorcatalog.demo.DemoCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "May I retry, and after how long", and the predicate retry libraries take. */
class RetryTest {
    private final ErrorCatalog catalog = ErrorCatalog.builder().provider(new DemoCatalogProvider()).strict(true).build();

    @Test
    void onlyThrottlingAndTransientFaultsMayBeRetried() {
        assertTrue(RetryAdvice.THROTTLED.mayRetry());
        assertTrue(RetryAdvice.TRANSIENT.mayRetry());
        assertFalse(RetryAdvice.CLOCK_SKEW.mayRetry(), "the clock is fixed first");
        assertFalse(RetryAdvice.DO_NOT_RETRY.mayRetry());
        assertFalse(RetryAdvice.UNKNOWN.mayRetry());
    }

    @Test
    void throttlingWaitsLongerThanATransientFaultAndBothDoubleUpToACap() {
        assertEquals(Optional.of(Duration.ofSeconds(1)), RetryAdvice.THROTTLED.delay(1));
        assertEquals(Optional.of(Duration.ofSeconds(2)), RetryAdvice.THROTTLED.delay(2));
        assertEquals(Optional.of(Duration.ofSeconds(16)), RetryAdvice.THROTTLED.delay(5));
        assertEquals(Optional.of(Duration.ofSeconds(30)), RetryAdvice.THROTTLED.delay(6));
        assertEquals(Optional.of(Duration.ofSeconds(30)), RetryAdvice.THROTTLED.delay(Integer.MAX_VALUE));
        assertEquals(Optional.of(Duration.ofMillis(200)), RetryAdvice.TRANSIENT.delay(1));
        assertEquals(Optional.of(Duration.ofMillis(400)), RetryAdvice.TRANSIENT.delay(2));
        assertEquals(Optional.of(Duration.ofSeconds(5)), RetryAdvice.TRANSIENT.delay(10));
        assertEquals(Optional.empty(), RetryAdvice.CLOCK_SKEW.delay(1));
        assertEquals(Optional.empty(), RetryAdvice.DO_NOT_RETRY.delay(1));
        assertEquals(Optional.empty(), RetryAdvice.UNKNOWN.delay(1));
        assertEquals("RetryAdvice.delay(attempt): attempt 0 is below 1 (the first retry is attempt 1)",
                assertThrows(InvalidValueException.class, () -> RetryAdvice.TRANSIENT.delay(0)).getMessage());
    }

    @Test
    void aServersErrorThrownAsApiErrorExceptionIsRetriedByItsAdvice() {
        ApiErrorException throttled = catalog.product("demo").failure(ApiError.of("RequestLimitExceeded", "slow down", "r-1"), Locale.ENGLISH);
        ApiErrorException disabled = catalog.product("demo").failure(ApiError.of("ResourceUnavailable.DemoDisabled", "off", "r-2"), Locale.ENGLISH);
        RetryPredicate retryable = RetryPredicate.standard();

        assertTrue(retryable.test(throttled));
        assertTrue(retryable.test(new IllegalStateException("wrapped", throttled)));
        assertFalse(retryable.test(disabled));
        assertEquals(RetryAdvice.DO_NOT_RETRY, retryable.advice(disabled));
        assertEquals("RequestLimitExceeded: " + throttled.resolution().message() + " (request id r-1)",
                throttled.getMessage());
        assertEquals("r-1", throttled.error().requestId().orElseThrow());
        assertTrue(throttled instanceof dev.errorcatalog.i18n.ErrorCatalogException, "one root for what the library throws");
    }

    @Test
    void theLibrarysOwnFailuresAreNeverRetriedAndIoFailuresAre() {
        RetryPredicate retryable = RetryPredicate.standard().forCall(CallKind.READ);
        InvalidErrorCodeException mistake = assertThrows(InvalidErrorCodeException.class,
                () -> catalog.resolve("demo", "Bad..Code", Locale.ENGLISH));

        assertFalse(retryable.test(mistake));
        assertTrue(retryable.test(new SocketTimeoutException("read timed out")));
        assertFalse(RetryPredicate.standard().test(new SocketTimeoutException("read timed out")),
                "a call neither the caller nor the failure names is a write: it may have been carried out");
        assertTrue(retryable.test(new UncheckedIOException(new IOException("reset"))));
        assertFalse(retryable.test(new IllegalStateException("a bug")));
        assertEquals(RetryAdvice.UNKNOWN, retryable.advice(new IllegalStateException("a bug")));
    }

    @Test
    void aClassifierAddedIsAskedFirstAndACauseCycleEnds() {
        RetryPredicate retryable = RetryPredicate.standard().forCall(CallKind.READ)
                .with(t -> t instanceof SocketTimeoutException ? Optional.of(RetryAdvice.DO_NOT_RETRY) : Optional.empty());
        assertFalse(retryable.test(new SocketTimeoutException("not for this call")));
        assertTrue(retryable.test(new IOException("still transient")));

        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertEquals(RetryAdvice.UNKNOWN, RetryPredicate.standard().advice(a));
    }

    @Test
    void aClassifierThatAnswersNullIsNamed() {
        RetryPredicate broken = RetryPredicate.standard().with(t -> null);
        NullPointerException e = assertThrows(NullPointerException.class, () -> broken.advice(new IOException("x")));
        assertTrue(e.getMessage().endsWith("returned null for a java.io.IOException: it returns Optional.empty() for a failure"
                + " it does not know"), e.getMessage());
        assertTrue(e.getMessage().startsWith("the classifier dev.errorcatalog.RetryTest"), e.getMessage());
    }

    @Test
    void aResolutionIsItsTypedConstant() {
        Resolution r = catalog.resolve("demo", "FailedOperation.DemoBusy", Locale.ENGLISH);
        assertTrue(r.is(DemoCode.FAILED_OPERATION__DEMO_BUSY));
        assertFalse(r.is(DemoCode.FAILED_OPERATION), "a parent is not the code");
        assertTrue(catalog.resolve("demo", "RequestLimitExceeded", Locale.ENGLISH).is(CommonCode.REQUEST_LIMIT_EXCEEDED));
        assertSame(r, catalog.product(DemoCode.PRODUCT).resolve("FailedOperation.DemoBusy", Locale.ENGLISH));
    }

    @Test
    void aCodeAsTextFindsItsTypedConstant() {
        assertEquals(Optional.of(DemoCode.FAILED_OPERATION__DEMO_BUSY), CodeConstant.of(DemoCode.class, "FailedOperation.DemoBusy"));
        assertEquals(Optional.of(CommonCode.REQUEST_LIMIT_EXCEEDED), CodeConstant.of(CommonCode.class, "RequestLimitExceeded"));
        assertEquals(Optional.empty(), CodeConstant.of(DemoCode.class, "FailedOperation.NoSuchThing"));
        assertEquals(Optional.empty(), CodeConstant.of(DemoCode.class, "not a code!"));
        ApiError sent = ApiError.of("FailedOperation.DemoBusy", "busy", "r-9");
        assertTrue(catalog.product(DemoCode.PRODUCT).resolve(sent, Locale.ENGLISH)
                .is(CodeConstant.of(DemoCode.class, sent.code()).orElseThrow()));
    }
}
