package dev.errorcatalog.live;

import dev.errorcatalog.CodeConstant;
import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.ProductId;

import static dev.errorcatalog.RetryAdvice.DO_NOT_RETRY;
import static dev.errorcatalog.RetryAdvice.TRANSIENT;

/**
 * The error codes of Live (live streaming, API 3.0), from the Live error-code list, as typed constants.
 * Retry advice is given only where the documents' wording makes it plain; elsewhere it is unknown.
 */
public enum LiveCode implements CodeConstant {
    DRY_RUN_OPERATION("DryRunOperation", CodeMetadata.retry(DO_NOT_RETRY)),
    FAILED_OPERATION("FailedOperation"),
    FAILED_OPERATION__INVOKE_VIDEO_API_FAIL("FailedOperation.InvokeVideoApiFail"),
    INTERNAL_ERROR("InternalError"),
    INTERNAL_ERROR__ARGS_NOT_MATCH("InternalError.ArgsNotMatch"),
    INTERNAL_ERROR__CALL_OTHER_SVR_ERROR("InternalError.CallOtherSvrError"),
    INTERNAL_ERROR__CONF_IN_USED("InternalError.ConfInUsed"),
    INTERNAL_ERROR__CONF_NOT_FOUND("InternalError.ConfNotFound", CodeMetadata.retry(DO_NOT_RETRY)),
    INTERNAL_ERROR__CONF_OUT_LIMIT("InternalError.ConfOutLimit", CodeMetadata.retry(DO_NOT_RETRY)),
    INTERNAL_ERROR__CONFIG_NOT_EXIST("InternalError.ConfigNotExist", CodeMetadata.retry(DO_NOT_RETRY)),
    INTERNAL_ERROR__CONNECT_DB_ERROR("InternalError.ConnectDbError", CodeMetadata.retry(TRANSIENT)),
    INTERNAL_ERROR__CRT_DATE_IN_USING("InternalError.CrtDateInUsing"),
    INTERNAL_ERROR__CRT_DATE_NOT_FOUND("InternalError.CrtDateNotFound", CodeMetadata.retry(DO_NOT_RETRY)),
    INTERNAL_ERROR__CRT_DATE_NOT_LEGAL("InternalError.CrtDateNotLegal", CodeMetadata.retry(DO_NOT_RETRY)),
    INTERNAL_ERROR__CRT_DATE_OVERDUE("InternalError.CrtDateOverdue", CodeMetadata.retry(DO_NOT_RETRY)),
    INTERNAL_ERROR__CRT_DOMAIN_NOT_FOUND("InternalError.CrtDomainNotFound", CodeMetadata.retry(DO_NOT_RETRY)),
    INTERNAL_ERROR__CRT_KEY_NOT_MATCH("InternalError.CrtKeyNotMatch", CodeMetadata.retry(DO_NOT_RETRY)),
    INTERNAL_ERROR__DB_ERROR("InternalError.DBError"),
    INTERNAL_ERROR__GET_BIZID_ERROR("InternalError.GetBizidError"),
    INTERNAL_ERROR__GET_STREAM_INFO_ERROR("InternalError.GetStreamInfoError"),
    INTERNAL_ERROR__GET_UPSTREAM_INFO_ERROR("InternalError.GetUpstreamInfoError"),
    INTERNAL_ERROR__GET_WATERMARK_ERROR("InternalError.GetWatermarkError"),
    INTERNAL_ERROR__INVALID_INPUT("InternalError.InvalidInput", CodeMetadata.retry(DO_NOT_RETRY)),
    INTERNAL_ERROR__INVALID_USER("InternalError.InvalidUser", CodeMetadata.retry(DO_NOT_RETRY)),
    INTERNAL_ERROR__NOT_FOUND("InternalError.NotFound"),
    INTERNAL_ERROR__NOT_PERMMIT_OPERAT("InternalError.NotPermmitOperat", CodeMetadata.retry(DO_NOT_RETRY)),
    INTERNAL_ERROR__PLAY_DOMAIN_NO_RECORD("InternalError.PlayDomainNoRecord", CodeMetadata.retry(DO_NOT_RETRY)),
    INTERNAL_ERROR__PROCESSOR_ALREADY_EXIST("InternalError.ProcessorAlreadyExist", CodeMetadata.retry(DO_NOT_RETRY)),
    INTERNAL_ERROR__PUSH_DOMAIN_NO_RECORD("InternalError.PushDomainNoRecord", CodeMetadata.retry(DO_NOT_RETRY)),
    INTERNAL_ERROR__RULE_ALREADY_EXIST("InternalError.RuleAlreadyExist", CodeMetadata.retry(DO_NOT_RETRY)),
    INTERNAL_ERROR__RULE_IN_USING("InternalError.RuleInUsing"),
    INTERNAL_ERROR__RULE_NOT_FOUND("InternalError.RuleNotFound", CodeMetadata.retry(DO_NOT_RETRY)),
    INTERNAL_ERROR__RULE_OUT_LIMIT("InternalError.RuleOutLimit", CodeMetadata.retry(DO_NOT_RETRY)),
    INTERNAL_ERROR__STREAM_STATUS_ERROR("InternalError.StreamStatusError"),
    INTERNAL_ERROR__SYSTEM_ERROR("InternalError.SystemError"),
    INTERNAL_ERROR__UPDATE_DATA_ERROR("InternalError.UpdateDataError"),
    INTERNAL_ERROR__WATERMARK_EDIT_ERROR("InternalError.WatermarkEditError"),
    INTERNAL_ERROR__WATERMARK_NOT_EXIST("InternalError.WatermarkNotExist", CodeMetadata.retry(DO_NOT_RETRY)),
    INVALID_PARAMETER("InvalidParameter", CodeMetadata.retry(DO_NOT_RETRY).coveringSubcodes()),
    INVALID_PARAMETER_VALUE("InvalidParameterValue", CodeMetadata.retry(DO_NOT_RETRY).coveringSubcodes()),
    LIMIT_EXCEEDED("LimitExceeded", CodeMetadata.retry(DO_NOT_RETRY)),
    MISSING_PARAMETER("MissingParameter", CodeMetadata.retry(DO_NOT_RETRY).coveringSubcodes()),
    RESOURCE_IN_USE("ResourceInUse"),
    RESOURCE_INSUFFICIENT("ResourceInsufficient"),
    RESOURCE_NOT_FOUND("ResourceNotFound"),
    RESOURCE_NOT_FOUND__TASK_ID("ResourceNotFound.TaskId", CodeMetadata.retry(DO_NOT_RETRY)),
    RESOURCE_UNAVAILABLE("ResourceUnavailable"),
    UNAUTHORIZED_OPERATION("UnauthorizedOperation", CodeMetadata.retry(DO_NOT_RETRY)),
    UNKNOWN_PARAMETER("UnknownParameter", CodeMetadata.retry(DO_NOT_RETRY).coveringSubcodes()),
    UNSUPPORTED_OPERATION("UnsupportedOperation", CodeMetadata.retry(DO_NOT_RETRY));

    /** The product id, {@code live}. */
    public static final ProductId PRODUCT = ProductId.of("live");

    private final CodeDefinition definition;

    LiveCode(String code) {
        this(code, CodeMetadata.NONE);
    }

    LiveCode(String code, CodeMetadata metadata) {
        this.definition = CodeDefinition.of("live", code, metadata);
    }

    @Override
    public CodeDefinition definition() {
        return definition;
    }
}
