package dev.errorcatalog.archviolation;

import dev.errorcatalog.i18n.archviolation.CycleToCore;

/** With {@link CycleToCore}, a cycle between core and i18n on purpose. */
public class CycleToI18n {
    public CycleToCore other() {
        return null;
    }
}
