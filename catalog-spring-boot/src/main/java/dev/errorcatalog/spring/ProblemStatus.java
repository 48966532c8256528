package dev.errorcatalog.spring;

import dev.errorcatalog.RetryAdvice;
import org.springframework.http.HttpStatus;
import org.apiguardian.api.API;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The HTTP status a problem answer gets, from the category of its code: the part before the first {@code '.'}
 * ({@code ResourceUnavailable} for {@code ResourceUnavailable.CmkDisabled}); but a code advised
 * {@link RetryAdvice#THROTTLED} is 429 and one advised {@link RetryAdvice#BUSY} is 409 in whatever category it sits
 * (a rate limit under {@code LimitExceeded}, a running task under {@code FailedOperation}); and a code that says a
 * thing is missing is 404 where its category would give 409 or a 5xx (below).
 *
 * <p><b>Not found.</b> A code whose last part ends in {@code NotFound}, {@code NotExist}, {@code NotExists} or
 * {@code NotExisted} ({@code ResourceUnavailable.CmkNotFound}, {@code FailedOperation.RoomNotExist},
 * {@code InvalidInstanceId.NotFound}) is 404 when its category's status is 409 or 5xx (or it has none): a missing
 * resource is neither a resource in the wrong state nor the upstream failing. A category that already blames the
 * request keeps its status ({@code AuthFailure.SecretIdNotFound} 401, {@code UnauthorizedOperation.RoleNotExists} 403,
 * {@code InvalidParameterValue.KeyNotFound} 400), and throttling or busy advice comes first. Other spellings
 * ({@code NotFoundOrAudited}) are not read as missing.
 *
 * <table>
 * <caption>Category to status</caption>
 * <tr><th>status</th><th>categories</th><th>why</th></tr>
 * <tr><td>400</td><td>{@code InvalidParameter}, {@code InvalidParameterValue}, {@code MissingParameter},
 * {@code UnknownParameter}, {@code InvalidFilter}, {@code InvalidRequest}, {@code InvalidAction},
 * {@code DryRunOperation}, {@code UnsupportedOperation}, {@code UnsupportedProtocol}, {@code UnsupportedRegion}</td>
 * <td>the request as sent cannot succeed</td></tr>
 * <tr><td>401</td><td>{@code AuthFailure}</td><td>the credentials or the signature</td></tr>
 * <tr><td>403</td><td>{@code UnauthorizedOperation}, {@code OperationDenied}, {@code IpInBlacklist},
 * {@code IpNotInWhitelist}, {@code LimitExceeded}</td><td>understood and refused (a quota is not a rate: no retry;
 * a rate limit in this category is advised {@code THROTTLED}, so 429)</td></tr>
 * <tr><td>404</td><td>{@code ResourceNotFound}, {@code NoSuchProduct}, {@code NoSuchVersion}, and a not-found code
 * of a 409 or 5xx category</td><td></td></tr>
 * <tr><td>409</td><td>{@code ResourceInUse}, {@code ResourceInsufficient}, {@code ResourceUnavailable}, and any code
 * whose advice is {@link RetryAdvice#BUSY}</td>
 * <td>the resource's state refuses it; when busy, with {@code Retry-After}</td></tr>
 * <tr><td>413</td><td>{@code RequestSizeLimitExceeded}</td><td></td></tr>
 * <tr><td>429</td><td>{@code RequestLimitExceeded}, and any code whose advice is {@link RetryAdvice#THROTTLED}</td>
 * <td>with {@code Retry-After}</td></tr>
 * <tr><td>502</td><td>{@code FailedOperation}, {@code InternalError}, {@code ResponseSizeLimitExceeded},
 * {@code ActionOffline}</td><td>the upstream API failed</td></tr>
 * <tr><td>503</td><td>{@code ServiceUnavailable}, and no answer from the API at all</td><td>with {@code Retry-After}</td></tr>
 * <tr><td>500</td><td>any other category</td><td>not classified: a new category gets a row here</td></tr>
 * </table>
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class ProblemStatus {
    private static final Map<String, HttpStatus> TABLE = table(
            HttpStatus.BAD_REQUEST, "InvalidParameter", "InvalidParameterValue", "MissingParameter", "UnknownParameter",
            "InvalidFilter", "InvalidRequest", "InvalidAction", "DryRunOperation", "UnsupportedOperation",
            "UnsupportedProtocol", "UnsupportedRegion",
            HttpStatus.UNAUTHORIZED, "AuthFailure",
            HttpStatus.FORBIDDEN, "UnauthorizedOperation", "OperationDenied", "IpInBlacklist", "IpNotInWhitelist",
            "LimitExceeded",
            HttpStatus.NOT_FOUND, "ResourceNotFound", "NoSuchProduct", "NoSuchVersion",
            HttpStatus.CONFLICT, "ResourceInUse", "ResourceInsufficient", "ResourceUnavailable",
            HttpStatus.CONTENT_TOO_LARGE, "RequestSizeLimitExceeded",
            HttpStatus.TOO_MANY_REQUESTS, "RequestLimitExceeded",
            HttpStatus.BAD_GATEWAY, "FailedOperation", "InternalError", "ResponseSizeLimitExceeded", "ActionOffline",
            HttpStatus.SERVICE_UNAVAILABLE, "ServiceUnavailable");
    /** How the official lists end a code that says a thing is missing, and nothing more. */
    private static final List<String> NOT_FOUND_ENDINGS = List.of("NotFound", "NotExist", "NotExists", "NotExisted");

    private ProblemStatus() {
    }

    /** The whole table, category to status, in the order above. */
    public static Map<String, HttpStatus> table() {
        return TABLE;
    }

    /** The status of a category, empty for one the table does not have. */
    public static Optional<HttpStatus> ofCategory(String category) {
        return Optional.ofNullable(TABLE.get(Objects.requireNonNull(category, "category")));
    }

    /** The category of a code: the part before the first {@code '.'}, or the code itself. */
    public static String categoryOf(String code) {
        int dot = Objects.requireNonNull(code, "code").indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    /**
     * The status for a code and its retry advice: 429 whenever the advice is throttling (an API 2.0
     * {@code InvalidRequest.LimitExceeded} is, and live's {@code LimitExceeded.RateLimitExceeded}), 409 whenever it is
     * a busy resource (a {@code FailedOperation} that a running task refuses is not the upstream failing), else the
     * category's (500 for a category without one), except that a not-found code (see above) of a 409 or
     * 5xx category is 404.
     */
    public static HttpStatus of(String code, RetryAdvice advice) {
        Objects.requireNonNull(advice, "advice");
        return switch (advice) {
            case THROTTLED -> HttpStatus.TOO_MANY_REQUESTS;
            case BUSY -> HttpStatus.CONFLICT;
            case TRANSIENT, CLOCK_SKEW, DO_NOT_RETRY, UNKNOWN -> {
                HttpStatus category = ofCategory(categoryOf(code)).orElse(HttpStatus.INTERNAL_SERVER_ERROR);
                boolean stateOrUpstream = category == HttpStatus.CONFLICT || category.is5xxServerError();
                yield stateOrUpstream && saysNotFound(code) ? HttpStatus.NOT_FOUND : category;
            }
        };
    }

    /** Whether the code's last part ends in one of the not-found endings: the code says a thing is missing. */
    static boolean saysNotFound(String code) {
        String last = Objects.requireNonNull(code, "code").substring(code.lastIndexOf('.') + 1);
        for (String ending : NOT_FOUND_ENDINGS) {
            if (last.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, HttpStatus> table(Object... statusThenCategories) {
        Map<String, HttpStatus> table = new LinkedHashMap<>();
        HttpStatus status = null;
        for (Object item : statusThenCategories) {
            if (item instanceof HttpStatus s) {
                status = s;
            } else if (table.put((String) item, status) != null) {
                throw new IllegalStateException(item + " is in the table twice");
            }
        }
        return Collections.unmodifiableMap(table);
    }
}
