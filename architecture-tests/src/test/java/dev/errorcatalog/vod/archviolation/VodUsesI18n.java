package dev.errorcatalog.vod.archviolation;

import dev.errorcatalog.i18n.LanguageTags;

import java.util.Locale;

/** Breaks "each product module depends only on core's public API and spi package" on purpose. */
public class VodUsesI18n {
    public Locale locale() {
        return LanguageTags.parse("zh-CN");
    }
}
