package dev.errorcatalog.spring;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import dev.errorcatalog.tencentcloud.SdkError;
import dev.errorcatalog.tencentcloud.TencentCloudErrors;
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
 * In a WebFlux application, answers a {@link TencentCloudSDKException} from a controller (thrown, or signalled by the
 * {@code Mono} or {@code Flux} it returns) as {@link TencentCloudProblemAdvice} does in a servlet one: the same
 * {@link ProblemAnswers} call, in the product the application bound it to ({@link SdkProductBinding}). Ordered last,
 * so an application's own advice is asked first.
 */
@API(status = INTERNAL, since = "0.1.0")
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class TencentCloudReactiveProblemAdvice {
    private final TencentCloudErrors errors;
    private final SdkProductBinding products;
    private final ProblemAnswers problems;
    private final ExchangeLocale locales;

    /** An advice resolving through the SDK bridge, answering with these problems. */
    public TencentCloudReactiveProblemAdvice(TencentCloudErrors errors, SdkProductBinding products,
                                             ProblemAnswers problems, Locale defaultLocale) {
        this.errors = Objects.requireNonNull(errors, "errors");
        this.products = Objects.requireNonNull(products, "products");
        this.problems = Objects.requireNonNull(problems, "problems");
        this.locales = new ExchangeLocale(defaultLocale);
    }

    /** The SDK's exception, resolved by the bridge in the request's language. */
    @ExceptionHandler(TencentCloudSDKException.class)
    public ResponseEntity<ProblemDetail> sdkError(TencentCloudSDKException e, ServerWebExchange exchange) {
        String product = products.productOf(e).value();
        Locale locale = locales.of(exchange);
        SdkError error = errors.resolve(product, e, locale);
        return problems.forSdkError(product, error, locale, e);
    }
}
