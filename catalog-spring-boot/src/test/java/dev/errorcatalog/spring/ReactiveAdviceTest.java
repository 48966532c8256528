package dev.errorcatalog.spring;

import dev.errorcatalog.ApiError;
import dev.errorcatalog.ApiErrorException;
import dev.errorcatalog.ErrorCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reactive advices on their own: the request's locale, the starter's default for none, a lost exception. */
class ReactiveAdviceTest {
    private static final ErrorCatalog CATALOG = ErrorCatalog.load();
    private final ErrorCatalogReactiveProblemAdvice advice = new ErrorCatalogReactiveProblemAdvice(
            new ProblemAnswers(CATALOG, new StaticMessageSource(), false), Locale.SIMPLIFIED_CHINESE);
    private final ApiErrorException throttled = CATALOG.product("kms")
            .failure(ApiError.of("RequestLimitExceeded", "slow down", "r-1"), Locale.ENGLISH);

    private static MockServerWebExchange exchange(String... acceptLanguage) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/keys/1");
        if (acceptLanguage.length > 0) {
            request.header("Accept-Language", acceptLanguage);
        }
        return MockServerWebExchange.from(request);
    }

    @Test
    void theRequestsLanguageAnswersAndWithoutOneTheStartersDefault() {
        ResponseEntity<ProblemDetail> en = advice.apiError(throttled, exchange("en-GB,en;q=0.9"));
        assertEquals(429, en.getStatusCode().value());
        assertEquals(List.of(Locale.ENGLISH), List.of(en.getHeaders().getContentLanguage()));
        assertEquals("1", en.getHeaders().getFirst("Retry-After"));
        for (MockServerWebExchange none : List.of(exchange(), exchange(""), exchange("not a tag!, *;q=2"))) {
            assertEquals(Locale.SIMPLIFIED_CHINESE, advice.apiError(throttled, none).getHeaders().getContentLanguage(),
                    none.getRequest().getHeaders().toString());
        }
    }

    @Test
    void anApiErrorExceptionReadBackFromAStreamIsTheServicesFaultNotANullPointer() throws Exception {
        ResponseEntity<ProblemDetail> answer = advice.apiError(copied(throttled), exchange("en"));
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
