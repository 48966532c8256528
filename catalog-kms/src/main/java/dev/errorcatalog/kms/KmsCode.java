package dev.errorcatalog.kms;

import dev.errorcatalog.CodeConstant;
import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.ProductId;

import static dev.errorcatalog.RetryAdvice.DO_NOT_RETRY;

/**
 * The error codes of KMS (key management service, API 3.0), from the KMS error-code list, as typed constants.
 * Retry advice is given only where the documents' wording makes it plain; elsewhere it is unknown.
 */
public enum KmsCode implements CodeConstant {
    INTERNAL_ERROR("InternalError"),
    INVALID_PARAMETER("InvalidParameter", CodeMetadata.retry(DO_NOT_RETRY).coveringSubcodes()),
    INVALID_PARAMETER_VALUE__ALIAS_ALREADY_EXISTS("InvalidParameterValue.AliasAlreadyExists"),
    INVALID_PARAMETER_VALUE__DUPLICATED_KEY_ID("InvalidParameterValue.DuplicatedKeyId"),
    INVALID_PARAMETER_VALUE__INVALID_ALIAS("InvalidParameterValue.InvalidAlias"),
    INVALID_PARAMETER_VALUE__INVALID_CIPHERTEXT("InvalidParameterValue.InvalidCiphertext"),
    INVALID_PARAMETER_VALUE__INVALID_KEY_ID("InvalidParameterValue.InvalidKeyId"),
    INVALID_PARAMETER_VALUE__INVALID_KEY_USAGE("InvalidParameterValue.InvalidKeyUsage"),
    INVALID_PARAMETER_VALUE__INVALID_PLAINTEXT("InvalidParameterValue.InvalidPlaintext"),
    INVALID_PARAMETER_VALUE__INVALID_TYPE("InvalidParameterValue.InvalidType"),
    LIMIT_EXCEEDED__CMK_LIMIT_EXCEEDED("LimitExceeded.CmkLimitExceeded", CodeMetadata.retry(DO_NOT_RETRY)),
    RESOURCE_UNAVAILABLE__CMK_DISABLED("ResourceUnavailable.CmkDisabled", CodeMetadata.retry(DO_NOT_RETRY)),
    RESOURCE_UNAVAILABLE__CMK_NOT_FOUND("ResourceUnavailable.CmkNotFound", CodeMetadata.retry(DO_NOT_RETRY)),
    UNAUTHORIZED_OPERATION("UnauthorizedOperation", CodeMetadata.retry(DO_NOT_RETRY));

    /** The product id, {@code kms}. */
    public static final ProductId PRODUCT = ProductId.of("kms");

    private final CodeDefinition definition;

    KmsCode(String code) {
        this(code, CodeMetadata.NONE);
    }

    KmsCode(String code, CodeMetadata metadata) {
        this.definition = CodeDefinition.of("kms", code, metadata);
    }

    @Override
    public CodeDefinition definition() {
        return definition;
    }
}
