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

    private final Slot[] slots = new Slot[SIZE];
    /** The last code that missed at each slot and is not remembered yet. */
    private final String[] missed = new String[SIZE];

    Resolution get(String code) {
        Slot slot = slots[index(code)];
        return slot != null && slot.code.equals(code) ? slot.resolution : null;
    }

    /** Remembers the answer for {@code code}, which just missed, if it also missed at its slot just before. */
    void offer(String code, Resolution resolution) {
        int i = index(code);
        if (code.equals(missed[i])) {
            slots[i] = new Slot(code, resolution);
        } else {
            missed[i] = code;
        }
    }

    void put(String code, Resolution resolution) {
        slots[index(code)] = new Slot(code, resolution);
    }

    private static int index(String code) {
        int h = code.hashCode();
        return (h ^ (h >>> 16)) & (SIZE - 1);
    }
}
