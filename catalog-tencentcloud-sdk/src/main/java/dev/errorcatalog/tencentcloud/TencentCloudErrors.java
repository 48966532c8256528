package dev.errorcatalog.tencentcloud;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.Language;
import dev.errorcatalog.ApiAction;
import dev.errorcatalog.ApiError;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.Product;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.RetryPredicate;
import dev.errorcatalog.i18n.text.LibraryText;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The official Tencent Cloud Java SDK's failures, answered by the catalog. Build it, its catalog and the SDK's clients
 * (one per {@link Language}, so that the server's messages come in the user's language) once, at start-up; then per
 * request:
 *
 * <pre>{@code
 * TencentCloudErrors errors = TencentCloudErrors.of(ErrorCatalog.load());   // once, held by the service
 * Product kms = errors.catalog().product("kms");
 * // per request
 * Locale asked = kms.localeOfHeader(acceptLanguage);
 * try {
 *     clients.get(TencentCloudErrors.language(asked)).Encrypt(request);
 * } catch (TencentCloudSDKException e) {
 *     SdkError error = errors.resolve(kms, e, asked);
 *     log.log(Level.WARNING, error.logLine(), e);                          // the cause in the line, the trace after
 *     error.message(); error.retry(); error.requestId();
 * }
 * }</pre>
 *
 * <p>The SDK's own failures are answered with a message of their own: no answer from the API (a failed or dropped
 * connection or an unreadable response, which the SDK reports with no code and the cause; {@code ServerSideError}) is
 * {@link SdkFailure#NO_API_ANSWER} and {@link RetryAdvice#TRANSIENT}; a call the SDK did not send
 * ({@code ClientSideError}, or a message with no cause: {@code WrongUsage: …}, missing credentials) is
 * {@link SdkFailure#SDK_REFUSED} and {@link RetryAdvice#DO_NOT_RETRY}. Immutable and thread-safe; an observer
 * ({@link #withObserver}) hears of every error it resolves, to count them.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class TencentCloudErrors {
    /** What the SDK sets, as the code or (from its retry helper) as the message, when it did not send the call. */
    private static final String CLIENT_SIDE_ERROR = "ClientSideError";
    /** The code the SDK sets when the API answered with an HTTP status other than 200. */
    private static final String SERVER_SIDE_ERROR = "ServerSideError";

    /** Logs an observer's failure; created on the first one. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger("dev.errorcatalog");
    }

    private final ErrorCatalog catalog;
    /** Told of every resolved error, in the order added. */
    private final List<BiConsumer<ProductId, SdkError>> observers;

    private TencentCloudErrors(ErrorCatalog catalog, List<BiConsumer<ProductId, SdkError>> observers) {
        this.catalog = catalog;
        this.observers = observers;
    }

    /** The bridge over a catalog. */
    public static TencentCloudErrors of(ErrorCatalog catalog) {
        return new TencentCloudErrors(Objects.requireNonNull(catalog, "catalog"), List.of());
    }

    /**
     * This bridge, also telling {@code observer} of every error {@code resolve} answers, with the product it was
     * resolved in: a metrics counter, a log. Observers are told in the order added; one that throws is logged and
     * passed over, as counting must not cost the user the answer. Not told of the retry predicate's checks
     * ({@link #retryable}), so that a failure checked for a retry and then answered counts once.
     */
    public TencentCloudErrors withObserver(BiConsumer<ProductId, SdkError> observer) {
        List<BiConsumer<ProductId, SdkError>> more = new ArrayList<>(observers);
        more.add(Objects.requireNonNull(observer, "observer"));
        return new TencentCloudErrors(catalog, List.copyOf(more));
    }

    /** The catalog answering. */
    public ErrorCatalog catalog() {
        return catalog;
    }

    /**
     * Resolves an SDK exception of a product in the product's locale closest to {@code locale} (choose it from a
     * header or a tag with the handle: {@link Product#localeOfHeader(String)}, {@link Product#locale(String)}).
     */
    public SdkError resolve(Product product, TencentCloudSDKException exception, Locale locale) {
        Objects.requireNonNull(product, "product");
        return observed(product, resolveIn(product, exception, product.locale(locale), actionOf(product, exception)));
    }

    /**
     * {@link #resolve(Product, TencentCloudSDKException, Locale)} for a call of {@code action}, for a caller that knows
     * it better than the stack trace does (a call made through a generic client, {@code CommonClient}).
     *
     * @throws dev.errorcatalog.i18n.InvalidValueException when the action is another product's
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public SdkError resolve(Product product, TencentCloudSDKException exception, Locale locale, ApiAction action) {
        Objects.requireNonNull(product, "product");
        if (!Objects.requireNonNull(action, "action").product().equals(product.id())) {
            throw new dev.errorcatalog.i18n.InvalidValueException("TencentCloudErrors.resolve(action)", "the action " + action
                    + " is not one of " + product.id() + "'s");
        }
        return observed(product, resolveIn(product, exception, product.locale(locale), Optional.of(action)));
    }

    /** The action of the SDK client's method the exception came from, when it is one of the product's. */
    private static Optional<ApiAction> actionOf(Product product, TencentCloudSDKException exception) {
        return SdkActions.of(Objects.requireNonNull(exception, "exception")).filter(a -> a.product().equals(product.id()));
    }

    private SdkError observed(Product product, SdkError error) {
        for (BiConsumer<ProductId, SdkError> observer : observers) {
            try {
                observer.accept(product.id(), error);
            } catch (RuntimeException e) {
                Log.LOG.log(System.Logger.Level.WARNING, "an observer of resolved SDK errors failed", e);
            }
        }
        return error;
    }

    /**
     * {@link #resolve(Product, TencentCloudSDKException, Locale)} for the product of this id.
     *
     * @throws dev.errorcatalog.UnknownProductException when no installed module provides the product
     */
    public SdkError resolve(String product, TencentCloudSDKException exception, Locale locale) {
        return resolve(catalog.product(product), exception, locale);
    }

    private SdkError resolveIn(Product product, TencentCloudSDKException exception, Locale negotiated, Optional<ApiAction> action) {
        Objects.requireNonNull(exception, "exception");
        // every getter may return null: the SDK's (message, cause) constructor sets neither code nor request id; and
        // each may throw (a subclass, a proxy): what cannot be read is not there
        Optional<String> code = present(read(exception::getErrorCode));
        Optional<String> requestId = present(read(exception::getRequestId));
        Optional<String> serverMessage = present(read(exception::getMessage));
        Optional<Throwable> cause = Optional.ofNullable(read(exception::getCause));
        if (refused(code, serverMessage, cause)) {
            return sdkOwn(SdkFailure.SDK_REFUSED, code, requestId, serverMessage, cause, negotiated, "sdk-refused",
                    RetryAdvice.DO_NOT_RETRY, action);
        }
        if (code.isEmpty() || code.get().equals(SERVER_SIDE_ERROR)) {
            return sdkOwn(SdkFailure.NO_API_ANSWER, code, requestId, serverMessage, cause, negotiated, "no-api-answer",
                    RetryAdvice.TRANSIENT, action);
        }
        ApiError error = new ApiError(code.get(), serverMessage, requestId, dev.errorcatalog.ApiVersion.V3,
                java.util.OptionalInt.empty());
        Resolution r = action.isPresent() ? product.resolve(error, negotiated, action.get()) : product.resolve(error, negotiated);
        return new SdkError(SdkFailure.API_ERROR, code, requestId, serverMessage, cause, Optional.of(r), r.message(),
                r.locale(), r.retry(), action);
    }

    /**
     * The {@code X-TC-Language} to send ({@code ClientProfile.setLanguage}) so that the server's messages come in the
     * language of this locale: {@code zh-CN} for Chinese, {@code en-US} for anything else (the only two the API has).
     */
    public static Language language(Locale locale) {
        return Objects.requireNonNull(locale, "locale").getLanguage().equals("zh") ? Language.ZH_CN : Language.EN_US;
    }

    /**
     * "May I send this call again?" for a product's calls, as a {@code Predicate<Throwable>} (Resilience4j, Failsafe,
     * Spring Retry): an SDK exception anywhere in the cause chain by its {@link SdkError#retry()}, then the library's
     * own types and I/O failures as {@link RetryPredicate#standard()} does; and by what the call is, read off the SDK
     * client's method in the stack trace ({@code DescribeKey}: a read; {@code CreateKey}: a write, not sent again after
     * a transient fault, as it may have been carried out). Say what the call is where you know better:
     * {@code retryable("kms").forCall(CallKind.IDEMPOTENT_WRITE)} for a create that carries a {@code ClientToken}.
     */
    public RetryPredicate retryable(String product) {
        Product handle = catalog.product(product); // fails now, naming the installed products, not on the first fault
        return RetryPredicate.standard().with(t -> t instanceof TencentCloudSDKException e
                ? Optional.of(resolveIn(handle, e, Locale.ENGLISH, Optional.empty()).retry()) : Optional.empty())
                .withActionFinder(t -> t instanceof TencentCloudSDKException e ? actionOf(handle, e) : Optional.empty());
    }

    /** The bridge's own words, in bundles beside it: a new locale is a file (read at the first failure of the SDK's own). */
    private static final class Own {
        static final LibraryText TEXT = LibraryText.of(TencentCloudErrors.class, "tencentcloud");
    }

    /** A failure of the SDK's own, answered with the bridge's text in its locale closest to the negotiated one. */
    private static SdkError sdkOwn(SdkFailure failure, Optional<String> code, Optional<String> requestId,
                                   Optional<String> serverMessage, Optional<Throwable> cause, Locale negotiated,
                                   String text, RetryAdvice retry, Optional<ApiAction> action) {
        Locale locale = Own.TEXT.locale(negotiated);
        return new SdkError(failure, code, requestId, serverMessage, cause, Optional.empty(), Own.TEXT.text(text, locale),
                locale, retry, action);
    }

    /**
     * Whether the SDK failed before sending: its {@code ClientSideError}, as the code or as the message its retry
     * helper gives with the cause; or no code and no cause, which is how the SDK reports a usage mistake, missing
     * credentials or a bad endpoint (a network or parse failure always comes with its cause). A cause that cannot be
     * read is none: nothing then says the API was reached, and the call is not retried.
     */
    private static boolean refused(Optional<String> code, Optional<String> message, Optional<Throwable> cause) {
        if (code.isPresent()) {
            return code.get().equals(CLIENT_SIDE_ERROR);
        }
        return cause.isEmpty() || message.equals(Optional.of(CLIENT_SIDE_ERROR));
    }

    private static Optional<String> present(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /**
     * What one of the exception's getters answers; null when it throws, so that neither the answer for the user nor
     * the retry predicate is lost to the exception's own failure. What no caller can recover from (out of memory)
     * passes; a stack overflow is a getter recursing, and is caught with the rest.
     */
    static <T> T read(java.util.function.Supplier<T> getter) {
        try {
            return getter.get();
        } catch (Throwable unreadable) {
            if (unreadable instanceof VirtualMachineError fatal && !(unreadable instanceof StackOverflowError)) {
                throw fatal;
            }
            return null;
        }
    }
}
