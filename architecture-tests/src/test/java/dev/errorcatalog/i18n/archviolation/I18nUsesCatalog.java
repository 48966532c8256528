package dev.errorcatalog.i18n.archviolation;

import dev.errorcatalog.ErrorCode;

/** Breaks "i18n does not depend on catalog packages" on purpose; imported only by the rule tests. */
public class I18nUsesCatalog {
    public String code() {
        return ErrorCode.parse("InternalError").value();
    }
}
