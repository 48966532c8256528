package dev.errorcatalog;

import java.util.Map;

/**
 * An immutable open-addressing hash table from code strings to values that can also look up a prefix of a
 * longer string without making a substring, so walking {@code A.B.C} → {@code A.B} → {@code A} makes no substring.
 * Hashes are {@link String#hashCode()}'s, so whole-string lookups reuse the hash the string has cached.
 */
final class CodeTable<V> {
    private final String[] keys;
    private final Object[] values;
    private final int mask;

    CodeTable(Map<String, ? extends V> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2) - 1) << 1;
        keys = new String[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        entries.forEach((k, v) -> {
            int i = spread(k.hashCode()) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = k;
            values[i] = v;
        });
    }

    /** The value for the whole key, or null. */
    @SuppressWarnings("unchecked")
    V get(String key) {
        for (int i = spread(key.hashCode()) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return null;
            }
            if (k.equals(key)) {
                return (V) values[i];
            }
        }
    }

    /** The value for {@code text.substring(0, end)}, or null; makes no substring. */
    V getPrefix(String text, int end) {
        if (end == text.length()) {
            return get(text);
        }
        int hash = 0;
        for (int j = 0; j < end; j++) {
            hash = 31 * hash + text.charAt(j); // String.hashCode()'s formula over the prefix
        }
        return getPrefix(text, end, hash);
    }

    /** The value for {@code text.substring(0, end)}, whose {@link String#hashCode()} is {@code hash}, or null. */
    @SuppressWarnings("unchecked")
    private V getPrefix(String text, int end, int hash) {
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return null;
            }
            if (k.length() == end && text.startsWith(k)) {
                return (V) values[i];
            }
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
