package dev.errorcatalog.tencentcloud;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** What kind of failure a {@code TencentCloudSDKException} reports. */
@API(status = MAINTAINED, since = "0.1.0")
public enum SdkFailure {
    /** The API answered with an error code of its own ({@code ResourceUnavailable.CmkDisabled}, …). */
    API_ERROR,
    /**
     * No usable answer from the API: the connection failed or dropped, or the response could not be read (the SDK
     * then sets no code and gives the {@code IOException} or parse failure as the cause), or the SDK reported
     * {@code ServerSideError} (an HTTP status other than 200). Worth retrying.
     */
    NO_API_ANSWER,
    /**
     * The SDK did not send the request: it was called in a way it does not support ({@code WrongUsage: …}, an endpoint
     * that is not a URL, a retry count out of range), credentials or settings were missing, or the calling thread
     * was interrupted. The SDK says so with the code {@code ClientSideError}, or with a message and no cause. Retrying
     * the same call fails the same way.
     */
    SDK_REFUSED
}
