package dev.errorcatalog.spring;

import dev.errorcatalog.spring.app.LogCapture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.LogLevel;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The line each answer leaves: its level by kind, the exception only with a 5xx, nothing raw from a server. */
class ProblemLogTest {
    private static final String FORGED = "2026-01-01 ERROR forged";

    @Test
    void anExceptionWhoseTextsArePrintableIsLoggedAsItIs() {
        IOException e = new IOException("read failed", new ConnectException("Connection refused"));
        assertSame(e, ProblemLog.shown(e));
    }

    @Test
    void anExceptionWithALineBreakInItsOwnOrItsCausesMessageIsLoggedAsAQuotedCopy() {
        RuntimeException cause = new IllegalStateException("cause says\r\n" + FORGED);
        RuntimeException e = new RuntimeException("top", cause);
        Throwable shown = ProblemLog.shown(e);
        assertEquals("java.lang.RuntimeException: top", shown.getMessage());
        assertEquals("java.lang.IllegalStateException: cause says\\r\\n" + FORGED, shown.getCause().getMessage());
        assertEquals(e.getStackTrace().length, shown.getStackTrace().length);
        assertEquals(cause.getStackTrace()[0], shown.getCause().getStackTrace()[0]);
    }

    @Test
    void anExceptionWhoseGettersThrowOrWhoseCausesCircleIsLoggedAsFarAsItCanBeRead() {
        RuntimeException hostile = new RuntimeException("hostile\n" + FORGED) {
            @Override
            public StackTraceElement[] getStackTrace() {
                throw new IllegalStateException("no trace");
            }

            @Override
            public synchronized Throwable getCause() {
                return this; // a cycle of one
            }
        };
        Throwable shown = ProblemLog.shown(hostile);
        assertTrue(shown instanceof ProblemLog.Quoted, shown.toString());
        assertTrue(shown.getMessage().endsWith("hostile\\n" + FORGED), shown.getMessage());
        assertEquals(0, shown.getStackTrace().length);
        assertEquals(null, shown.getCause());
    }

    @Test
    void eachKindAtItsLevelAndTheExceptionOnlyWithAServerErrorOrALibraryFault() {
        ProblemLog log = new ProblemLog(new ErrorCatalogProperties.Log(LogLevel.DEBUG, LogLevel.WARN, LogLevel.ERROR));
        ProblemLog info = new ProblemLog(ErrorCatalogProperties.Log.DEFAULTS);
        RuntimeException e = new RuntimeException("the exception");
        try (LogCapture capture = new LogCapture()) {
            log.answered(HttpStatus.CONFLICT, "debug line", false, Optional.of(e)); // below the root's INFO: not written
            info.answered(HttpStatus.CONFLICT, "info line", false, Optional.of(e));
            log.answered(HttpStatus.BAD_GATEWAY, "warn line", false, Optional.of(e));
            log.answered(HttpStatus.INTERNAL_SERVER_ERROR, "error line", true, Optional.of(e));
            String text = capture.text();
            assertFalse(text.contains("debug line"), text);
            assertTrue(text.contains(" INFO  [main] dev.errorcatalog.spring: answered 409 info line\n2"), text);
            assertTrue(text.contains(" WARN  [main] dev.errorcatalog.spring: answered 502 warn line\n"
                    + "java.lang.RuntimeException: the exception\n\tat "), text);
            assertTrue(text.contains(" ERROR [main] dev.errorcatalog.spring: answered 500 error line\n"
                    + "java.lang.RuntimeException: the exception\n\tat "), text);
        }
    }
}
