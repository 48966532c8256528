package dev.errorcatalog.tencentcloud;

/** What kind of failure a {@code TencentCloudSDKException} reports. */
public enum SdkFailure {
    /** The API answered with an error code of its own ({@code ResourceUnavailable.CmkDisabled}, …). */
    API_ERROR,
    /**
     * No answer from the API: the connection failed or dropped (the SDK then sets no code and an {@code IOException}
     * as the cause), or the SDK itself reported {@code ClientSideError} / {@code ServerSideError} (a response it could
     * not read, an HTTP status other than 200).
     */
    NO_API_ANSWER
}
