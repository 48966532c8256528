package dev.errorcatalog;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CodeMetadataTest {

    @Test
    void eachWitherChangesItsOwnFieldAndKeepsTheOthers() {
        CodeMetadata all = CodeMetadata.retry(RetryAdvice.THROTTLED).coveringSubcodes()
                .withHelpUrl("https://example.com/e").withSuccessor("InvalidParameter");
        assertEquals(new CodeMetadata(RetryAdvice.TRANSIENT, true, Optional.of(URI.create("https://example.com/e")),
                Optional.of(ErrorCode.parse("InvalidParameter"))), all.withRetry(RetryAdvice.TRANSIENT));
        assertEquals(new CodeMetadata(RetryAdvice.THROTTLED, true, Optional.empty(), Optional.empty()),
                CodeMetadata.retry(RetryAdvice.THROTTLED).coveringSubcodes());
        assertEquals(new CodeMetadata(RetryAdvice.DO_NOT_RETRY, false, Optional.empty(), Optional.empty()),
                CodeMetadata.retry(RetryAdvice.DO_NOT_RETRY));
    }
}
