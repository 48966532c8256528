package dev.errorcatalog.spring;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import dev.errorcatalog.ApiError;
import dev.errorcatalog.ApiErrorException;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.tencentcloud.TencentCloudErrors;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The advices and the SDK binding given exceptions whose own methods throw or whose state is gone: they answer. */
class AdviceHostileExceptionTest {
    private static final ErrorCatalog CATALOG = ErrorCatalog.load();
    private static final SdkProductBinding BINDING = SdkProductBinding.of(CATALOG,
            new ErrorCatalogProperties.Sdk("common", Map.of("kms", List.of("com.tencentcloudapi.kms"))));

    /** An SDK exception whose every getter throws, as a subclass or a proxy may. */
    private static final class Hostile extends TencentCloudSDKException {
        private final StackTraceElement[] trace;

        Hostile(StackTraceElement[] trace) {
            super("m", "r", "RequestLimitExceeded");
            this.trace = trace;
        }

        private static RuntimeException fail(String getter) {
            return new IllegalStateException(getter + " failed\n2026-01-01 ERROR forged");
        }

        @Override
        public StackTraceElement[] getStackTrace() {
            if (trace == null) {
                throw fail("getStackTrace");
            }
            return trace;
        }

        @Override
        public String getErrorCode() {
            throw fail("getErrorCode");
        }

        @Override
        public String getRequestId() {
            throw fail("getRequestId");
        }

        @Override
        public String getMessage() {
            throw fail("getMessage");
        }

        @Override
        public synchronized Throwable getCause() {
            throw fail("getCause");
        }

        @Override
        public String toString() {
            throw fail("toString");
        }
    }

    @Test
    void aStackTraceThatCannotBeReadIsBoundToTheDefaultProduct() {
        assertEquals(ProductId.COMMON, BINDING.productOf(new Hostile(null)));
        StackTraceElement kms = new StackTraceElement("com.tencentcloudapi.kms.v20190118.KmsClient", "DescribeKey",
                null, 1);
        assertEquals(ProductId.of("kms"), BINDING.productOf(new Hostile(new StackTraceElement[] {null, kms})),
                "a hole in the trace is skipped");
    }

    @Test
    void theSdkAdviceAnswersAnExceptionWhoseGettersAllThrow() {
        TencentCloudProblemAdvice advice = new TencentCloudProblemAdvice(TencentCloudErrors.of(CATALOG), BINDING,
                new ProblemAnswers(CATALOG, new StaticMessageSource(), true), Locale.ENGLISH);
        ResponseEntity<ProblemDetail> answer = advice.sdkError(new Hostile(null), new MockHttpServletRequest());
        assertEquals(500, answer.getStatusCode().value());
        assertEquals("urn:errorcatalog:sdk:not-sent", answer.getBody().getType().toString());
    }

    @Test
    void anApiErrorExceptionReadBackFromAStreamIsTheServicesFaultNotANullPointer() throws Exception {
        ApiErrorException sent = CATALOG.product("kms").failure(ApiError.of("RequestLimitExceeded", "slow down", "r-1"), Locale.ENGLISH);
        ApiErrorException received = copied(sent); // its error and resolution are transient
        ErrorCatalogProblemAdvice advice = new ErrorCatalogProblemAdvice(
                new ProblemAnswers(CATALOG, new StaticMessageSource(), false), Locale.ENGLISH);
        assertEquals(429, advice.apiError(sent, new MockHttpServletRequest()).getStatusCode().value());
        ResponseEntity<ProblemDetail> answer = advice.apiError(received, new MockHttpServletRequest());
        assertEquals(500, answer.getStatusCode().value());
        assertEquals("urn:errorcatalog:library-fault", answer.getBody().getType().toString());
    }

    private static ApiErrorException copied(ApiErrorException e) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (ApiErrorException) in.readObject();
        }
    }
}
