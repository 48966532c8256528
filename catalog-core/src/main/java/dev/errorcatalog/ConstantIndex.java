package dev.errorcatalog;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** Each code enum's constants by code text, built once per enum class (a lookup is then one hash probe). */
final class ConstantIndex {
    static final ClassValue<Map<String, Object>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byCode = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byCode.put(((CodeDefinition) constant).code().value(), constant);
            }
            return Collections.unmodifiableMap(byCode); // not Map.copyOf: its probing is quadratic in codes of one hash code
        }
    };

    private ConstantIndex() {
    }
}
