package dev.errorcatalog.spring.archviolation;

import dev.errorcatalog.kms.KmsCode;

/** Breaks "the SDK bridge and the Spring Boot starter name no product" on purpose. */
public class StarterNamesKms {
    public Object code() {
        return KmsCode.RESOURCE_UNAVAILABLE__CMK_DISABLED;
    }
}
