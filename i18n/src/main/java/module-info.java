/** Localization knowing nothing of error codes: locale negotiation, ICU MessageFormat bundles, their verifier. */
// core is compiled after this module, so javac cannot see the target of the qualified exports yet
@SuppressWarnings("module")
module dev.errorcatalog.i18n {
    requires com.ibm.icu;
    // @API status: CLASS retention, so needed to compile against this module, never to run it (as JUnit does)
    requires static transitive org.apiguardian.api;
    requires tools.jackson.core;

    exports dev.errorcatalog.i18n;
    exports dev.errorcatalog.i18n.verify;
    exports dev.errorcatalog.i18n.text;
    // what only core uses (bundle files and their entries, per-key fallback; how JSON input is read; the testkit
    // reads service files as core's discovery does): not part of the API
    exports dev.errorcatalog.i18n.internal to dev.errorcatalog.core, dev.errorcatalog.testkit;
    exports dev.errorcatalog.i18n.json to dev.errorcatalog.core;
}
