package dev.errorcatalog;

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
            return Map.copyOf(byCode);
        }
    };

    private ConstantIndex() {
    }
}
