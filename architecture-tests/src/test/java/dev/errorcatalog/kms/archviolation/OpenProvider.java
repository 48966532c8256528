package dev.errorcatalog.kms.archviolation;

import dev.errorcatalog.kms.KmsCode;
import dev.errorcatalog.spi.EnumCatalogProvider;

import java.util.Locale;

/** Breaks the provider rule on purpose: not final, no no-argument constructor, in no service file. */
public class OpenProvider extends EnumCatalogProvider<KmsCode> {
    public OpenProvider(Locale locale) {
        super(KmsCode.PRODUCT, KmsCode.class, locale);
    }
}
