package dev.errorcatalog;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/** The two envelopes the API answers errors with. */
@API(status = STABLE, since = "0.1.0")
public enum ApiVersion {
    /** {@code {"Response":{"Error":{"Code":"…","Message":"…"},"RequestId":"…"}}} */
    V3,
    /** {@code {"code":4000,"message":"…","codeDesc":"InvalidParameter"}} */
    V2
}
