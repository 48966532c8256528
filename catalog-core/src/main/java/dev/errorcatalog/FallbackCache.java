package dev.errorcatalog;

/**
 * The answers for codes a table does not hold (fallbacks to an ancestor, and unknown codes), remembered so a code
 * seen again costs one probe and no allocation. Direct-mapped and fixed in size: a newer code simply takes the
 * slot of an older one, so caller input can never make it grow.
 *
 * <p>A code is remembered only when it is asked for a second time before another code missing at its slot: a code
 * asked for once (a scan over many distinct codes, hostile input) is answered without allocating anything kept and
 * does not displace one in use.
 *
 * <p>Slots are written and read without locks: a {@link Slot} has only final fields, so a thread that sees one
 * sees it whole, and a lost or overwritten write only costs a recomputation.
 */
final class FallbackCache {
    static final int SIZE = 256;

    private record Slot(String code, Resolution resolution) {
    }

    /**
     * Made at the first miss: most of a catalog of every product's tables never see one. A thread that finds an array
     * another made sees it whole or empty (an array's default values are visible to all), which costs at most a miss.
     */
    private Slot[] slots;
    /** The last code that missed at each slot and is not remembered yet. */
    private String[] missed;

    Resolution get(String code) {
        Slot[] s = slots;
        if (s == null) {
            return null;
        }
        Slot slot = s[index(code)];
        return slot != null && slot.code.equals(code) ? slot.resolution : null;
    }

    /** Remembers the answer for {@code code}, which just missed, if it also missed at its slot just before. */
    void offer(String code, Resolution resolution) {
        int i = index(code);
        String[] m = missed;
        if (m == null) {
            m = new String[SIZE];
            missed = m;
        }
        if (code.equals(m[i])) {
            slots()[i] = new Slot(code, resolution);
        } else {
            m[i] = code;
        }
    }

    void put(String code, Resolution resolution) {
        slots()[index(code)] = new Slot(code, resolution);
    }

    private Slot[] slots() {
        Slot[] s = slots;
        if (s == null) {
            s = new Slot[SIZE];
            slots = s;
        }
        return s;
    }

    private static int index(String code) {
        int h = code.hashCode();
        return (h ^ (h >>> 16)) & (SIZE - 1);
    }
}
