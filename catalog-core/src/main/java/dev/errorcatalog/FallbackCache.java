package dev.errorcatalog;

/**
 * The answers for codes a table does not hold (fallbacks to an ancestor, and unknown codes), remembered so a code
 * seen again costs one probe and no allocation. Direct-mapped and fixed in size: a newer code simply takes the
 * slot of an older one, so caller input can never make it grow.
 *
 * <p>Slots are written and read without locks: a {@link Slot} has only final fields, so a thread that sees one
 * sees it whole, and a lost or overwritten write only costs a recomputation.
 */
final class FallbackCache {
    static final int SIZE = 256;

    private record Slot(String code, Resolution resolution) {
    }

    private final Slot[] slots = new Slot[SIZE];

    Resolution get(String code) {
        Slot slot = slots[index(code)];
        return slot != null && slot.code.equals(code) ? slot.resolution : null;
    }

    void put(String code, Resolution resolution) {
        slots[index(code)] = new Slot(code, resolution);
    }

    private static int index(String code) {
        int h = code.hashCode();
        return (h ^ (h >>> 16)) & (SIZE - 1);
    }
}
