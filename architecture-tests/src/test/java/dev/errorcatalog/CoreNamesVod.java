package dev.errorcatalog;

import dev.errorcatalog.vod.VodCode;

/** Breaks "core does not name a product module" on purpose: it sits in core's own package. */
public class CoreNamesVod {
    public Object code() {
        return VodCode.AUTH_FAILURE;
    }
}
