package dev.errorcatalog.i18n.archviolation;

import dev.errorcatalog.archviolation.CycleToI18n;

/** With {@link CycleToI18n}, a cycle between i18n and core on purpose. */
public class CycleToCore {
    public CycleToI18n other() {
        return new CycleToI18n();
    }
}
