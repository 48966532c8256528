package dev.errorcatalog;

import dev.errorcatalog.demo.DemoCatalogProvider;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The retry predicate given failures whose own methods throw or loop: it answers, it does not throw. */
class RetryPredicateTest {
    private static final java.time.Duration BOUND = java.time.Duration.ofSeconds(10);

    /** A failure whose getCause() throws, as a proxy or a lazily built exception may. */
    private static final class ThrowingCause extends RuntimeException {
        private final RuntimeException thrown;

        ThrowingCause(RuntimeException thrown) {
            super("cause unreadable");
            this.thrown = thrown;
        }

        @Override
        public synchronized Throwable getCause() {
            throw thrown;
        }
    }

    /** A failure that is its own cause, as getCause() may say when overridden (Throwable's own never does). */
    private static final class OwnCause extends RuntimeException {
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public synchronized Throwable getCause() {
            asked.incrementAndGet();
            return this;
        }
    }

    /** Throws any throwable, checked ones included, without declaring it. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    @Test
    void aFailureWhoseGetCauseThrowsIsNotRetriedAndNothingEscapes() {
        RetryPredicate retryable = RetryPredicate.standard();
        ThrowingCause failure = new ThrowingCause(new IllegalStateException("getCause failed"));
        assertEquals(RetryAdvice.UNKNOWN, retryable.advice(failure));
        assertFalse(retryable.test(failure));
        // wrapped: the outer failure's chain ends at the unreadable cause
        assertFalse(retryable.test(new RuntimeException("outer", failure)));
    }

    @Test
    void whatIsClassifiedBeforeAnUnreadableCauseStillAnswers() {
        // an I/O failure whose cause cannot be read is still an I/O failure
        java.io.UncheckedIOException io = new java.io.UncheckedIOException(new IOException("reset")) {
            @Override
            public synchronized IOException getCause() {
                throw new UnsupportedOperationException("no");
            }
        };
        IOException transientFault = new IOException("reset") {
            @Override
            public synchronized Throwable getCause() {
                throw new UnsupportedOperationException("no");
            }
        };
        assertEquals(RetryAdvice.TRANSIENT, RetryPredicate.standard().advice(transientFault));
        assertEquals(RetryAdvice.UNKNOWN, RetryPredicate.standard().advice(io));
    }

    @Test
    void anErrorOrACheckedExceptionFromGetCauseDoesNotEscapeEither() {
        RetryPredicate retryable = RetryPredicate.standard();
        Throwable recursing = new RuntimeException() {
            @Override
            public synchronized Throwable getCause() {
                return getCause(); // a mistake that recurses until the stack is gone
            }
        };
        Throwable checked = new RuntimeException() {
            @Override
            public synchronized Throwable getCause() {
                throw sneaky(new java.util.concurrent.TimeoutException("undeclared"));
            }
        };
        assertTimeoutPreemptively(BOUND, () -> assertFalse(retryable.test(recursing)));
        assertFalse(retryable.test(checked));
    }

    @Test
    void aClassifierThatThrowsForAFailureDoesNotKnowItAndTheOthersAreAsked() {
        // a classifier reading the failure's message, which throws for this failure
        RuntimeException hostile = new RuntimeException() {
            @Override
            public String getMessage() {
                throw new IllegalStateException("getMessage failed");
            }
        };
        RetryPredicate retryable = RetryPredicate.standard()
                .with(t -> t.getMessage().contains("slow") ? Optional.of(RetryAdvice.THROTTLED) : Optional.empty());
        assertEquals(RetryAdvice.UNKNOWN, retryable.advice(hostile));
        assertEquals(RetryAdvice.TRANSIENT, retryable.advice(new RuntimeException("wrapped", new IOException("x")) {
            @Override
            public String getMessage() {
                throw new IllegalStateException("getMessage failed");
            }
        }), "the chain is still walked past a failure no classifier could read");
    }

    @Test
    void aFailureThatIsItsOwnCauseEndsAfterABoundedWalk() {
        OwnCause failure = new OwnCause();
        assertTimeoutPreemptively(BOUND, () -> assertEquals(RetryAdvice.UNKNOWN, RetryPredicate.standard().advice(failure)));
        assertTrue(failure.asked.get() <= 1, "a failure seen before ends the walk: asked " + failure.asked.get());
    }

    @Test
    void aBusyResourceIsRetriedWithItsLongerBackOffWhereverItIsInTheChain() {
        // a FailedOperation advised BUSY: the category says the upstream failed, the advice says wait for the task
        ScriptedProvider provider = new ScriptedProvider("busy",
                java.util.Map.of(Locale.ENGLISH, "{\"FailedOperation.TaskRunning\": \"A task is running.\"}"));
        provider.codes = () -> java.util.List.of(
                CodeDefinition.of("busy", "FailedOperation.TaskRunning", CodeMetadata.retry(RetryAdvice.BUSY)));
        ErrorCatalog catalog = ErrorCatalog.builder().provider(provider).strict(true).build();
        ApiErrorException busy = catalog.product("busy")
                .failure(ApiError.of("FailedOperation.TaskRunning", "a task is running", "r-2"), Locale.ENGLISH);
        assertEquals(RetryAdvice.BUSY, busy.resolution().retry());

        assertFalse(RetryPredicate.standard().test(busy), "a call nothing names is a write: not repeated while busy");
        RetryPredicate retryable = RetryPredicate.standard().forCall(CallKind.READ);
        assertTrue(retryable.test(busy));
        assertTrue(retryable.test(new RuntimeException("wrapped", new IllegalStateException("again", busy))));
        RetryAdvice advice = retryable.advice(new RuntimeException("wrapped", busy));
        assertEquals(RetryAdvice.BUSY, advice);
        assertEquals(Optional.of(java.time.Duration.ofSeconds(5)), advice.delay(1));
        assertEquals(Optional.of(java.time.Duration.ofSeconds(10)), advice.delay(2));
        assertEquals(Optional.of(java.time.Duration.ofSeconds(60)), advice.delay(5), "5 s doubling, at most 60 s");
        assertEquals(Optional.of(java.time.Duration.ofSeconds(60)), advice.delay(Integer.MAX_VALUE));
    }

    @Test
    void anApiErrorExceptionThatLostItsResolutionOnTheWireHasNoAdviceAndDoesNotThrow() throws Exception {
        ErrorCatalog catalog = ErrorCatalog.builder().provider(new DemoCatalogProvider()).strict(true).build();
        ApiErrorException sent = catalog.product("demo").failure(ApiError.of("RequestLimitExceeded", "slow down", "r-1"), Locale.ENGLISH);
        assertTrue(RetryPredicate.standard().test(sent));
        // the error and its resolution are transient: a copy read back from a stream has neither
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(sent);
        }
        ApiErrorException received;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            received = (ApiErrorException) in.readObject();
        }
        assertEquals(RetryAdvice.UNKNOWN, RetryPredicate.standard().advice(received));
        assertFalse(RetryPredicate.standard().test(new RuntimeException(received)));
    }
}
