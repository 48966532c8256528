package dev.errorcatalog.spring;

import dev.errorcatalog.ApiErrorException;
import dev.errorcatalog.i18n.ErrorCatalogException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.apiguardian.api.API;

import java.util.Locale;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Answers the library's exceptions thrown from a controller as problem details ({@link ProblemAnswers}): an
 * {@link ApiErrorException} as the API error it carries, in its own product; any other {@link ErrorCatalogException}
 * as a 500. Ordered last, so an application's own advice for these types is asked first.
 */
@API(status = INTERNAL, since = "0.1.0")
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ErrorCatalogProblemAdvice {
    private final ProblemAnswers problems;
    private final RequestLocale locales;

    /** An advice answering with these problems, in the request's locale or else {@code defaultLocale}. */
    public ErrorCatalogProblemAdvice(ProblemAnswers problems, Locale defaultLocale) {
        this.problems = Objects.requireNonNull(problems, "problems");
        this.locales = new RequestLocale(defaultLocale);
    }

    /**
     * An API's error, resolved again in the request's language. One that has lost its error and resolution (they are
     * transient: a copy read back from a stream has neither) is answered as the library's other failures are.
     */
    @ExceptionHandler(ApiErrorException.class)
    public ResponseEntity<ProblemDetail> apiError(ApiErrorException e, HttpServletRequest request) {
        if (e.error() == null || e.resolution() == null) {
            return problems.forLibraryFailure(e, locales.of(request));
        }
        return problems.forApiError(e.resolution().product().value(), e.error(), locales.of(request), e);
    }

    /** One of the library's own failures: the service's fault, its message not shown. */
    @ExceptionHandler(ErrorCatalogException.class)
    public ResponseEntity<ProblemDetail> libraryFailure(ErrorCatalogException e, HttpServletRequest request) {
        return problems.forLibraryFailure(e, locales.of(request));
    }
}
