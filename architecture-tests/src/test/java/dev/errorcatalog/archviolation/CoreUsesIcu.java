package dev.errorcatalog.archviolation;

import com.ibm.icu.util.ULocale;

/** Breaks "only i18n touches ICU" on purpose. */
public class CoreUsesIcu {
    public String tag() {
        return ULocale.CHINA.toLanguageTag();
    }
}
