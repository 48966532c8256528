package dev.errorcatalog.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A throwable that is not ours is read without taking the reader down, but what the JVM cannot bear goes on up. */
class ThrowablesTest {
    /** Fails as told when asked for its cause, its message or its text. */
    private static final class Hostile extends RuntimeException {
        private final Error onCause;
        private final Error onMessage;
        private final Error onText;

        Hostile(Error onCause, Error onMessage, Error onText) {
            this.onCause = onCause;
            this.onMessage = onMessage;
            this.onText = onText;
        }

        @Override
        public synchronized Throwable getCause() {
            if (onCause != null) {
                throw onCause;
            }
            return null;
        }

        @Override
        public String getMessage() {
            if (onMessage != null) {
                throw onMessage;
            }
            return "hostile";
        }

        @Override
        public String toString() {
            if (onText != null) {
                throw onText;
            }
            return "Hostile";
        }
    }

    @Test
    void aCauseThatCannotBeReadEndsTheChainUnlessTheJvmFailed() {
        assertEquals(null, Throwables.causeOf(new Hostile(new NoClassDefFoundError("no cause"), null, null)));
        OutOfMemoryError fatal = new OutOfMemoryError("on purpose");
        assertSame(fatal, assertThrows(OutOfMemoryError.class, () -> Throwables.causeOf(new Hostile(fatal, null, null))));
    }

    @Test
    void aDescriptionFollowsEightCausesAtMost() {
        RuntimeException e = new RuntimeException("0");
        for (int i = 1; i <= 12; i++) {
            e = new RuntimeException(String.valueOf(i), e);
        }
        String d = Throwables.describe(e);
        assertEquals(8, d.split("; caused by ", -1).length - 1, d);
        RuntimeException nine = new RuntimeException("0");
        for (int i = 1; i <= 8; i++) {
            nine = new RuntimeException(String.valueOf(i), nine);
        }
        assertTrue(Throwables.describe(nine).endsWith("caused by java.lang.RuntimeException: 0"), Throwables.describe(nine));
    }

    @Test
    void aChainThatGoesRoundIsDescribedOnce() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertEquals("java.lang.RuntimeException: a; caused by java.lang.RuntimeException: b", Throwables.describe(a));
    }

    @Test
    void aMessageThatCannotBeReadIsStoodInForByTheThrowablesText() {
        assertEquals("Hostile", Throwables.messageOf(new Hostile(null, new NoClassDefFoundError("no message"), null)));
        assertEquals("hostile", Throwables.messageOf(new Hostile(null, null, null)));
        OutOfMemoryError fatal = new OutOfMemoryError("on purpose");
        assertSame(fatal, assertThrows(OutOfMemoryError.class,
                () -> Throwables.messageOf(new Hostile(null, fatal, null))));
    }

    @Test
    void aTextThatCannotBeReadIsStoodInForByTheClassUnlessTheJvmFailed() {
        assertEquals(Hostile.class.getName() + " (which threw java.lang.NoClassDefFoundError when asked for its message)",
                Throwables.describe(new Hostile(null, null, new NoClassDefFoundError("no text"))));
        OutOfMemoryError fatal = new OutOfMemoryError("on purpose");
        assertSame(fatal, assertThrows(OutOfMemoryError.class, () -> Throwables.describe(new Hostile(null, null, fatal))));
    }

    @Test
    void theFirstUseBearsNoVirtualMachineErrorWhereRegistrationBearsAStackOverflow() {
        StackOverflowError deep = new StackOverflowError("on purpose");
        Throwables.rethrowIfFatal(deep);
        Throwables.rethrowIfFatal(new NoClassDefFoundError("on purpose"));
        assertSame(deep, assertThrows(StackOverflowError.class, () -> Throwables.rethrowAtFirstUse(deep)));
        Throwables.rethrowAtFirstUse(new NoClassDefFoundError("on purpose"));
    }
}
