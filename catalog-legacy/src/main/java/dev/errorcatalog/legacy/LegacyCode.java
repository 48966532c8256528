package dev.errorcatalog.legacy;

import dev.errorcatalog.CodeConstant;
import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.ProductId;
import org.apiguardian.api.API;

import static dev.errorcatalog.RetryAdvice.DO_NOT_RETRY;
import static dev.errorcatalog.RetryAdvice.THROTTLED;
import static dev.errorcatalog.RetryAdvice.TRANSIENT;
import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The error codes of the legacy API 2.0, from the API 2.0 common error-code list, as typed constants.
 * Retry advice is given only where the documents' wording makes it plain; elsewhere it is unknown.
 *
 * <p>Where an API 3.0 code means the same, it is the constant's {@linkplain CodeMetadata#successor() successor},
 * a migration aid for code still on API 2.0. {@code AuthFailure} has three meanings; the bundles keep all three.
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum LegacyCode implements CodeConstant {
    AUTH_FAILURE("AuthFailure", CodeMetadata.retry(DO_NOT_RETRY).withSuccessor("AuthFailure.UnauthorizedOperation")),
    INTERNAL_ERROR("InternalError", CodeMetadata.retry(TRANSIENT).withSuccessor("InternalError")),
    INTERNAL_ERROR__CAM_INNER_ERROR("InternalError.CAMInnerError"),
    INTERNAL_ERROR__RESOURCE_OP_FAILED("InternalError.ResourceOpFailed", CodeMetadata.retry(TRANSIENT)),
    INVALID_ACTION__ACTION_UNAVAILABLE("InvalidAction.ActionUnavailable", CodeMetadata.retry(TRANSIENT)),
    INVALID_ACTION__NOT_FOUND("InvalidAction.NotFound", CodeMetadata.retry(DO_NOT_RETRY).withSuccessor("InvalidAction")),
    INVALID_PARAMETER("InvalidParameter", CodeMetadata.retry(DO_NOT_RETRY).coveringSubcodes().withSuccessor("InvalidParameter")),
    INVALID_PARAMETER__SECRET_ID_NOT_FOUND("InvalidParameter.SecretIdNotFound", CodeMetadata.retry(DO_NOT_RETRY).withSuccessor("AuthFailure.SecretIdNotFound")),
    INVALID_PARAMETER__SIGNATURE_FAILURE("InvalidParameter.SignatureFailure", CodeMetadata.retry(DO_NOT_RETRY).withSuccessor("AuthFailure.SignatureFailure").withHelpUrl("https://cloud.tencent.com/document/api/213/6984")),
    INVALID_REQUEST__FORBIDDEN("InvalidRequest.Forbidden", CodeMetadata.retry(DO_NOT_RETRY)),
    INVALID_REQUEST__LIMIT_EXCEEDED("InvalidRequest.LimitExceeded", CodeMetadata.retry(THROTTLED).withSuccessor("RequestLimitExceeded")),
    INVALID_REQUEST__MFA_CHECK_FAILED("InvalidRequest.MFACheckFailed", CodeMetadata.retry(DO_NOT_RETRY).withSuccessor("AuthFailure.MFAFailure")),
    INVALID_REQUEST__REPLAY_ATTACK("InvalidRequest.ReplayAttack", CodeMetadata.retry(DO_NOT_RETRY)),
    INVALID_REQUEST__REQUEST_CONCURRENCY_EXCEEDED("InvalidRequest.RequestConcurrencyExceeded", CodeMetadata.retry(THROTTLED).withSuccessor("RequestLimitExceeded")),
    INVALID_REQUEST__TOKEN_CHECK_FAILED("InvalidRequest.TokenCheckFailed", CodeMetadata.retry(DO_NOT_RETRY).withSuccessor("AuthFailure.TokenFailure")),
    INVALID_REQUEST__UNSUPPORTED_PROTOCOL("InvalidRequest.UnsupportedProtocol", CodeMetadata.retry(DO_NOT_RETRY));

    /** The product id, {@code legacy}. */
    public static final ProductId PRODUCT = ProductId.of("legacy");

    private final CodeDefinition definition;

    LegacyCode(String code, CodeMetadata... metadata) {
        this.definition = CodeDefinition.forConstant("legacy", code, metadata);
    }

    @Override
    public CodeDefinition definition() {
        return definition;
    }
}
