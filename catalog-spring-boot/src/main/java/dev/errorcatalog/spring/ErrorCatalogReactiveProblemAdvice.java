package dev.errorcatalog.spring;

import dev.errorcatalog.ApiErrorException;
import dev.errorcatalog.i18n.ErrorCatalogException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;
import org.apiguardian.api.API;

import java.util.Locale;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * In a WebFlux application, answers the library's exceptions from a controller (thrown, or signalled by the
 * {@code Mono} or {@code Flux} it returns) as {@link ErrorCatalogProblemAdvice} does in a servlet one: the same
 * {@link ProblemAnswers} calls, the locale from the application's {@code LocaleContextResolver}. Ordered last, so an
 * application's own advice for these types is asked first.
 */
@API(status = INTERNAL, since = "0.1.0")
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ErrorCatalogReactiveProblemAdvice {
    private final ProblemAnswers problems;
    private final ExchangeLocale locales;

    /** An advice answering with these problems, in the request's locale or else {@code defaultLocale}. */
    public ErrorCatalogReactiveProblemAdvice(ProblemAnswers problems, Locale defaultLocale) {
        this.problems = Objects.requireNonNull(problems, "problems");
        this.locales = new ExchangeLocale(defaultLocale);
    }

    /**
     * An API's error, resolved again in the request's language. One that has lost its error and resolution (they are
     * transient: a copy read back from a stream has neither) is answered as the library's other failures are.
     */
    @ExceptionHandler(ApiErrorException.class)
    public ResponseEntity<ProblemDetail> apiError(ApiErrorException e, ServerWebExchange exchange) {
        Locale locale = locales.of(exchange);
        if (e.error() == null || e.resolution() == null) {
            return problems.forLibraryFailure(e, locale);
        }
        return problems.forApiError(e.resolution().product().value(), e.error(), locale, e);
    }

    /** One of the library's own failures: the service's fault, its message not shown. */
    @ExceptionHandler(ErrorCatalogException.class)
    public ResponseEntity<ProblemDetail> libraryFailure(ErrorCatalogException e, ServerWebExchange exchange) {
        return problems.forLibraryFailure(e, locales.of(exchange));
    }
}
