package dev.errorcatalog;

import java.util.Arrays;
import java.util.Map;

/**
 * An immutable hash table from code strings to values that can also look up a prefix of a longer string without
 * making a substring, so walking {@code A.B.C} → {@code A.B} → {@code A} makes no substring.
 * Whole keys are found by {@link String#hashCode()}, which a string caches; prefixes by a second index over a hash of
 * a few sampled characters and the length, so looking one up costs the same however long the code is.
 *
 * <p>Each index keeps its buckets one after another in one array ({@code starts[b]} to {@code starts[b + 1]}), built
 * by counting, so building is linear whatever the keys hash to. A bucket of more than {@link #SCANNED} keys (keys
 * sharing one hash code, or alike where the prefix hash samples them) is sorted and searched by halves: building is
 * then n log n and a probe log n at worst, where probing linearly for a free slot made both quadratic and linear.
 */
final class CodeTable<V> {
    /** Up to this many keys a bucket is scanned in place; beyond, it is sorted and searched by halves. */
    static final int SCANNED = 8;

    private final int mask;
    private final int[] starts;
    private final String[] keys;
    private final Object[] values;
    /** The same entries again, bucketed by {@link #sample}: a prefix probe reads its key without a detour. */
    private final int[] prefixStarts;
    private final String[] prefixKeys;
    private final Object[] prefixValues;

    CodeTable(Map<String, ? extends V> entries) {
        int n = entries.size();
        int capacity = Integer.highestOneBit(Math.max(4, n * 2) - 1) << 1;
        mask = capacity - 1;
        String[] given = new String[n];
        Object[] givenValues = new Object[n];
        int[] whole = new int[n];
        int[] prefix = new int[n];
        int i = 0;
        for (Map.Entry<String, ? extends V> e : entries.entrySet()) {
            String k = e.getKey();
            given[i] = k;
            givenValues[i] = e.getValue();
            whole[i] = spread(k.hashCode()) & mask;
            prefix[i] = spread(sample(k, k.length())) & mask;
            i++;
        }
        starts = new int[capacity + 1];
        keys = new String[n];
        values = new Object[n];
        place(given, givenValues, whole, starts, keys, values);
        prefixStarts = new int[capacity + 1];
        prefixKeys = new String[n];
        prefixValues = new Object[n];
        place(given, givenValues, prefix, prefixStarts, prefixKeys, prefixValues);
    }

    /** Puts each entry in its bucket by counting (linear), then sorts each bucket too large to scan. */
    private static void place(String[] given, Object[] givenValues, int[] bucketOf, int[] starts, String[] keys, Object[] values) {
        for (int b : bucketOf) {
            starts[b + 1]++;
        }
        for (int b = 1; b < starts.length; b++) {
            starts[b] += starts[b - 1];
        }
        int[] next = Arrays.copyOf(starts, starts.length - 1);
        for (int i = 0; i < given.length; i++) {
            int at = next[bucketOf[i]]++;
            keys[at] = given[i];
            values[at] = givenValues[i];
        }
        for (int b = 0; b + 1 < starts.length; b++) {
            if (starts[b + 1] - starts[b] > SCANNED) {
                sort(keys, values, starts[b], starts[b + 1]);
            }
        }
    }

    /** Sorts {@code keys[from, to)} by {@link String#compareTo}, moving {@code values} along; no lambda (cold start). */
    private static void sort(String[] keys, Object[] values, int from, int to) {
        Entry[] bucket = new Entry[to - from];
        for (int i = from; i < to; i++) {
            bucket[i - from] = new Entry(keys[i], values[i]);
        }
        Arrays.sort(bucket);
        for (int i = from; i < to; i++) {
            keys[i] = bucket[i - from].key;
            values[i] = bucket[i - from].value;
        }
    }

    private static final class Entry implements Comparable<Entry> {
        final String key;
        final Object value;

        Entry(String key, Object value) {
            this.key = key;
            this.value = value;
        }

        @Override
        public int compareTo(Entry o) {
            return key.compareTo(o.key);
        }
    }

    /** The value for the whole key, or null. */
    @SuppressWarnings("unchecked")
    V get(String key) {
        int b = spread(key.hashCode()) & mask;
        int from = starts[b];
        int to = starts[b + 1];
        if (to - from > SCANNED) {
            return (V) searched(key, from, to);
        }
        for (int i = from; i < to; i++) {
            if (keys[i].equals(key)) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** The value for {@code text.substring(0, end)}, or null; makes no substring. */
    @SuppressWarnings("unchecked")
    V getPrefix(String text, int end) {
        int b = spread(sample(text, end)) & mask;
        int from = prefixStarts[b];
        int to = prefixStarts[b + 1];
        if (to - from > SCANNED) {
            return (V) searchedPrefix(text, end, from, to);
        }
        for (int i = from; i < to; i++) {
            String k = prefixKeys[i];
            // indexOf compares many characters at a time (a JIT intrinsic); startsWith compares one by one
            if (k.length() == end && text.indexOf(k) == 0) {
                return (V) prefixValues[i];
            }
        }
        return null;
    }

    private Object searched(String key, int from, int to) {
        int lo = from;
        int hi = to - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = keys[mid].compareTo(key);
            if (c == 0) {
                return values[mid];
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    private Object searchedPrefix(String text, int end, int from, int to) {
        int lo = from;
        int hi = to - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareToPrefix(prefixKeys[mid], text, end);
            if (c == 0) {
                return prefixValues[mid];
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    /** {@code key.compareTo(text.substring(0, end))}, without the substring. */
    static int compareToPrefix(String key, String text, int end) {
        int n = Math.min(key.length(), end);
        for (int i = 0; i < n; i++) {
            char a = key.charAt(i);
            char b = text.charAt(i);
            if (a != b) {
                return a - b;
            }
        }
        return key.length() - end;
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
