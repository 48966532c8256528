package dev.errorcatalog;

/** The two envelopes the API answers errors with. */
public enum ApiVersion {
    /** {@code {"Response":{"Error":{"Code":"…","Message":"…"},"RequestId":"…"}}} */
    V3,
    /** {@code {"code":4000,"message":"…","codeDesc":"InvalidParameter"}} */
    V2
}
