package dev.errorcatalog.vod.archviolation;

import dev.errorcatalog.kms.KmsCode;

/** Breaks "product packages do not depend on each other" on purpose. */
public class VodUsesKms {
    public Object code() {
        return KmsCode.INTERNAL_ERROR;
    }
}
