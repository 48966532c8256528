package dev.errorcatalog;

import static dev.errorcatalog.RetryAdvice.CLOCK_SKEW;
import static dev.errorcatalog.RetryAdvice.DO_NOT_RETRY;
import static dev.errorcatalog.RetryAdvice.THROTTLED;
import static dev.errorcatalog.RetryAdvice.TRANSIENT;

/**
 * The 32 platform-wide codes every product shares (the union of the common-code tables of the source
 * documents). Retry advice is given only where the documents' wording makes it plain.
 */
public enum CommonCode implements CodeConstant {
    ACTION_OFFLINE("ActionOffline", CodeMetadata.retry(DO_NOT_RETRY)),
    AUTH_FAILURE__INVALID_AUTHORIZATION("AuthFailure.InvalidAuthorization", CodeMetadata.retry(DO_NOT_RETRY)),
    AUTH_FAILURE__INVALID_SECRET_ID("AuthFailure.InvalidSecretId", CodeMetadata.retry(DO_NOT_RETRY)),
    AUTH_FAILURE__MFA_FAILURE("AuthFailure.MFAFailure",
            CodeMetadata.retry(DO_NOT_RETRY).withHelpUrl("https://cloud.tencent.com/document/product/378/12036")),
    AUTH_FAILURE__SECRET_ID_NOT_FOUND("AuthFailure.SecretIdNotFound", CodeMetadata.retry(DO_NOT_RETRY)),
    AUTH_FAILURE__SIGNATURE_EXPIRE("AuthFailure.SignatureExpire", CodeMetadata.retry(CLOCK_SKEW)),
    AUTH_FAILURE__SIGNATURE_FAILURE("AuthFailure.SignatureFailure", CodeMetadata.retry(DO_NOT_RETRY)),
    AUTH_FAILURE__TOKEN_FAILURE("AuthFailure.TokenFailure", CodeMetadata.retry(DO_NOT_RETRY)),
    AUTH_FAILURE__UNAUTHORIZED_OPERATION("AuthFailure.UnauthorizedOperation",
            CodeMetadata.retry(DO_NOT_RETRY).withHelpUrl("https://cloud.tencent.com/document/product/598")),
    DRY_RUN_OPERATION("DryRunOperation", CodeMetadata.retry(DO_NOT_RETRY)),
    FAILED_OPERATION("FailedOperation"),
    INTERNAL_ERROR("InternalError"),
    INVALID_ACTION("InvalidAction", CodeMetadata.retry(DO_NOT_RETRY)),
    // A malformed or missing parameter stays malformed however often it is sent, whatever the subcode.
    INVALID_PARAMETER("InvalidParameter", CodeMetadata.retry(DO_NOT_RETRY).coveringSubcodes()),
    INVALID_PARAMETER_VALUE("InvalidParameterValue", CodeMetadata.retry(DO_NOT_RETRY).coveringSubcodes()),
    INVALID_REQUEST("InvalidRequest", CodeMetadata.retry(DO_NOT_RETRY)),
    LIMIT_EXCEEDED("LimitExceeded", CodeMetadata.retry(DO_NOT_RETRY)),
    MISSING_PARAMETER("MissingParameter", CodeMetadata.retry(DO_NOT_RETRY).coveringSubcodes()),
    NO_SUCH_PRODUCT("NoSuchProduct", CodeMetadata.retry(DO_NOT_RETRY)),
    NO_SUCH_VERSION("NoSuchVersion", CodeMetadata.retry(DO_NOT_RETRY)),
    REQUEST_LIMIT_EXCEEDED("RequestLimitExceeded", CodeMetadata.retry(THROTTLED).coveringSubcodes()),
    REQUEST_SIZE_LIMIT_EXCEEDED("RequestSizeLimitExceeded", CodeMetadata.retry(DO_NOT_RETRY)),
    RESOURCE_IN_USE("ResourceInUse"),
    RESOURCE_INSUFFICIENT("ResourceInsufficient"),
    RESOURCE_NOT_FOUND("ResourceNotFound"),
    // Some unavailable resources come back, some (a disabled key) do not: no advice for the whole category.
    RESOURCE_UNAVAILABLE("ResourceUnavailable"),
    SERVICE_UNAVAILABLE("ServiceUnavailable", CodeMetadata.retry(TRANSIENT)),
    UNAUTHORIZED_OPERATION("UnauthorizedOperation", CodeMetadata.retry(DO_NOT_RETRY)),
    UNKNOWN_PARAMETER("UnknownParameter", CodeMetadata.retry(DO_NOT_RETRY).coveringSubcodes()),
    UNSUPPORTED_OPERATION("UnsupportedOperation", CodeMetadata.retry(DO_NOT_RETRY)),
    UNSUPPORTED_PROTOCOL("UnsupportedProtocol", CodeMetadata.retry(DO_NOT_RETRY)),
    UNSUPPORTED_REGION("UnsupportedRegion", CodeMetadata.retry(DO_NOT_RETRY));

    private final CodeDefinition definition;

    CommonCode(String code) {
        this(code, CodeMetadata.NONE);
    }

    CommonCode(String code, CodeMetadata metadata) {
        this.definition = CodeDefinition.of(ProductId.COMMON.value(), code, metadata);
    }

    @Override
    public CodeDefinition definition() {
        return definition;
    }
}
