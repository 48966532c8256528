package dev.errorcatalog;

import java.util.Map;

/**
 * An immutable open-addressing hash table from code strings to values that can also look up a prefix of a
 * longer string without making a substring, so walking {@code A.B.C} → {@code A.B} → {@code A} allocates nothing.
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

    /**
     * The value of the deepest ancestor of {@code code} in the table ({@code A.B} before {@code A} for
     * {@code A.B.C}), or null when there is none or when the text is not a well-formed code. One pass over the
     * text: it is validated and each prefix's hash is the running hash at its dot, so no substring is made.
     */
    V deepestAncestor(String code) {
        int n = code.length();
        if (n > ErrorCode.MAX_LENGTH) {
            return null;
        }
        V deepest = null;
        boolean segmentStart = true;
        int h = 0;
        for (int j = 0; j < n; j++) {
            char c = code.charAt(j);
            if (c == '.') {
                if (segmentStart) {
                    return null;
                }
                V v = getPrefix(code, j, h);
                if (v != null) {
                    deepest = v;
                }
                segmentStart = true;
            } else if (ErrorCode.isCodeChar(c, segmentStart)) {
                segmentStart = false;
            } else {
                return null;
            }
            h = 31 * h + c;
        }
        return segmentStart ? null : deepest;
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
