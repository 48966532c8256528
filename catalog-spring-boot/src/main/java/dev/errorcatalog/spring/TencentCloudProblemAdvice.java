package dev.errorcatalog.spring;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import dev.errorcatalog.tencentcloud.SdkError;
import dev.errorcatalog.tencentcloud.TencentCloudErrors;
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
 * Answers a {@link TencentCloudSDKException} thrown from a controller as a problem detail, in the product the
 * application bound it to ({@link SdkProductBinding}). Ordered last, so an application's own advice is asked first.
 */
@API(status = INTERNAL, since = "0.1.0")
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class TencentCloudProblemAdvice {
    private final TencentCloudErrors errors;
    private final SdkProductBinding products;
    private final ProblemAnswers problems;
    private final RequestLocale locales;

    /** An advice resolving through the SDK bridge, answering with these problems. */
    public TencentCloudProblemAdvice(TencentCloudErrors errors, SdkProductBinding products, ProblemAnswers problems,
                                     Locale defaultLocale) {
        this.errors = Objects.requireNonNull(errors, "errors");
        this.products = Objects.requireNonNull(products, "products");
        this.problems = Objects.requireNonNull(problems, "problems");
        this.locales = new RequestLocale(defaultLocale);
    }

    /** The SDK's exception, resolved by the bridge in the request's language. */
    @ExceptionHandler(TencentCloudSDKException.class)
    public ResponseEntity<ProblemDetail> sdkError(TencentCloudSDKException e, HttpServletRequest request) {
        String product = products.productOf(e).value();
        Locale locale = locales.of(request);
        SdkError error = errors.resolve(product, e, locale);
        return problems.forSdkError(product, error, locale, e);
    }
}
