package dev.errorcatalog;

import java.util.Map;

/** Breaks "only ProductScope and FallbackOrder probe a CodeTable or a FallbackCache" on purpose. */
public class ProbesATableOffTheHotPath {
    public Object lookUp(String code) {
        Object exact = new CodeTable<>(Map.of("A", "a")).get(code);
        return exact != null ? exact : new FallbackCache().get(code);
    }
}
