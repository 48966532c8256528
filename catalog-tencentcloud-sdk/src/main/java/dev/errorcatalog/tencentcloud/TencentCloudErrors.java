package dev.errorcatalog.tencentcloud;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.Language;
import dev.errorcatalog.ApiError;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.RetryPredicate;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The official Tencent Cloud Java SDK's failures, answered by the catalog:
 *
 * <pre>{@code
 * TencentCloudErrors errors = TencentCloudErrors.of(ErrorCatalog.load());
 * profile.setLanguage(errors.language("kms", acceptLanguage));   // the server's messages in the user's language
 * try {
 *     client.Encrypt(request);
 * } catch (TencentCloudSDKException e) {
 *     SdkError error = errors.resolve("kms", e, acceptLanguage);
 *     error.message(); error.retry(); error.requestId();
 * }
 * }</pre>
 *
 * <p>An exception with no error code (a failed or dropped connection: the SDK sets no code and gives the
 * {@code IOException} as the cause) and the SDK's own {@code ClientSideError} and {@code ServerSideError} are answered
 * with a message of their own and {@link RetryAdvice#TRANSIENT}. Immutable and thread-safe.
 */
public final class TencentCloudErrors {
    /** The codes the SDK itself sets when it got no usable answer from the API. */
    private static final Set<String> SDK_OWN_CODES = Set.of("ClientSideError", "ServerSideError");
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ErrorCatalog catalog;

    private TencentCloudErrors(ErrorCatalog catalog) {
        this.catalog = catalog;
    }

    /** The bridge over a catalog. */
    public static TencentCloudErrors of(ErrorCatalog catalog) {
        return new TencentCloudErrors(Objects.requireNonNull(catalog, "catalog"));
    }

    /** The catalog answering. */
    public ErrorCatalog catalog() {
        return catalog;
    }

    /**
     * Resolves an SDK exception of a product in the locale of {@code product} closest to {@code locale}.
     *
     * @throws dev.errorcatalog.UnknownProductException when no installed module provides the product
     */
    public SdkError resolve(String product, TencentCloudSDKException exception, Locale locale) {
        return resolveIn(product, exception, catalog.negotiate(product, locale));
    }

    /**
     * {@link #resolve(String, TencentCloudSDKException, Locale)} for an Accept-Language header; never throws for the
     * header (see {@link ErrorCatalog#negotiateHeader(String, String)}).
     */
    public SdkError resolve(String product, TencentCloudSDKException exception, String acceptLanguage) {
        return resolveIn(product, exception, catalog.negotiateHeader(product, acceptLanguage));
    }

    /** {@link #resolve(String, TencentCloudSDKException, Locale)} for a priority list (a servlet request's locales). */
    public SdkError resolve(String product, TencentCloudSDKException exception, List<Locale> priorityList) {
        return resolveIn(product, exception, catalog.negotiate(product, priorityList));
    }

    /** {@link #resolve(String, TencentCloudSDKException, Locale)} for a product named by its id. */
    public SdkError resolve(ProductId product, TencentCloudSDKException exception, Locale locale) {
        return resolve(Objects.requireNonNull(product, "product").value(), exception, locale);
    }

    /** {@link #resolve(String, TencentCloudSDKException, String)} for a product named by its id. */
    public SdkError resolve(ProductId product, TencentCloudSDKException exception, String acceptLanguage) {
        return resolve(Objects.requireNonNull(product, "product").value(), exception, acceptLanguage);
    }

    private SdkError resolveIn(String product, TencentCloudSDKException exception, Locale negotiated) {
        Objects.requireNonNull(exception, "exception");
        // every getter may return null: the SDK's (message, cause) constructor sets neither code nor request id
        Optional<String> code = present(exception.getErrorCode());
        Optional<String> requestId = present(exception.getRequestId());
        Optional<String> serverMessage = present(exception.getMessage());
        if (code.isEmpty() || SDK_OWN_CODES.contains(code.get())) {
            boolean chinese = negotiated.getLanguage().equals("zh");
            String message = chinese
                    ? "未能从腾讯云 API 得到应答（网络故障或无法读取的响应），可稍后重试。"
                    : "No answer came from the Tencent Cloud API (a network fault or a response that could not be read); "
                    + "the request may be retried.";
            return new SdkError(SdkFailure.NO_API_ANSWER, code, requestId, serverMessage, Optional.empty(), message,
                    chinese ? CHINESE : Locale.ENGLISH, RetryAdvice.TRANSIENT);
        }
        ApiError error = new ApiError(code.get(), serverMessage, requestId, dev.errorcatalog.ApiVersion.V3,
                java.util.OptionalInt.empty());
        Resolution r = catalog.resolve(product, error, negotiated);
        return new SdkError(SdkFailure.API_ERROR, code, requestId, serverMessage, Optional.of(r), r.message(),
                r.locale(), r.retry());
    }

    /**
     * The {@code X-TC-Language} to send ({@code ClientProfile.setLanguage}) so that the server's messages come in the
     * language of this locale: {@code zh-CN} for Chinese, {@code en-US} for anything else (the only two the API has).
     */
    public static Language language(Locale locale) {
        return Objects.requireNonNull(locale, "locale").getLanguage().equals("zh") ? Language.ZH_CN : Language.EN_US;
    }

    /** The {@code X-TC-Language} for the locale of {@code product} closest to an Accept-Language header (never throws for it). */
    public Language language(String product, String acceptLanguage) {
        return language(catalog.negotiateHeader(product, acceptLanguage));
    }

    /** The {@code X-TC-Language} for the locale of {@code product} closest to {@code locale}. */
    public Language language(String product, Locale locale) {
        return language(catalog.negotiate(product, locale));
    }

    /**
     * "May I retry this?" for a product's calls, as a {@code Predicate<Throwable>} (Resilience4j, Failsafe, Spring
     * Retry): an SDK exception anywhere in the cause chain by its {@link SdkError#retry()}, then the library's own
     * types and I/O failures as {@link RetryPredicate#standard()} does. Apply it to idempotent calls only.
     */
    public RetryPredicate retryable(String product) {
        catalog.negotiate(product, Locale.ENGLISH); // fails now, naming the installed products, not on the first fault
        return RetryPredicate.standard().with(t -> t instanceof TencentCloudSDKException e
                ? Optional.of(resolveIn(product, e, Locale.ENGLISH).retry()) : Optional.empty());
    }

    private static Optional<String> present(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
