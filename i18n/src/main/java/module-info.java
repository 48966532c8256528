/** Localization knowing nothing of error codes: locale negotiation, ICU MessageFormat bundles, their verifier. */
module dev.errorcatalog.i18n {
    requires com.ibm.icu;
    requires tools.jackson.core;

    exports dev.errorcatalog.i18n;
    exports dev.errorcatalog.i18n.internal to dev.errorcatalog.core;
}
