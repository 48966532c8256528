package dev.errorcatalog;

import java.util.Map;

/**
 * An immutable open-addressing hash table from code strings to values that can also look up a prefix of a
 * longer string without making a substring, so walking {@code A.B.C} → {@code A.B} → {@code A} makes no substring.
 * Whole keys are found by {@link String#hashCode()}, which a string caches; prefixes by a second index over a hash of
 * a few sampled characters and the length, so looking one up costs the same however long the code is.
 */
final class CodeTable<V> {
    private final String[] keys;
    private final Object[] values;
    /** The same entries again, placed by {@link #sample}: a prefix probe reads its key without a detour. */
    private final String[] prefixKeys;
    private final Object[] prefixValues;
    private final int mask;

    CodeTable(Map<String, ? extends V> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2) - 1) << 1;
        keys = new String[capacity];
        values = new Object[capacity];
        prefixKeys = new String[capacity];
        prefixValues = new Object[capacity];
        mask = capacity - 1;
        for (Map.Entry<String, ? extends V> e : entries.entrySet()) {
            String k = e.getKey();
            int i = spread(k.hashCode()) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = k;
            values[i] = e.getValue();
            int p = spread(sample(k, k.length())) & mask;
            while (prefixKeys[p] != null) {
                p = (p + 1) & mask;
            }
            prefixKeys[p] = k;
            prefixValues[p] = e.getValue();
        }
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
    @SuppressWarnings("unchecked")
    V getPrefix(String text, int end) {
        for (int p = spread(sample(text, end)) & mask; ; p = (p + 1) & mask) {
            String k = prefixKeys[p];
            if (k == null) {
                return null;
            }
            // indexOf compares many characters at a time (a JIT intrinsic); startsWith compares one by one
            if (k.length() == end && text.indexOf(k) == 0) {
                return (V) prefixValues[p];
            }
        }
    }

    /** A hash of {@code text.substring(0, end)} (not empty) from its length and four of its characters. */
    private static int sample(String text, int end) {
        int h = end;
        h = 31 * h + text.charAt(0);
        h = 31 * h + text.charAt(end >>> 1);
        h = 31 * h + text.charAt(end - 1);
        return 31 * h + text.charAt((end * 3) >>> 2);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
