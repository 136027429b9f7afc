package io.stackbridge.adapters.fakeazure.store.ledger;

/**
 * The set of booked record keys, each packed into one {@code long} (see {@link LedgerRows#packedKey}):
 * an open-addressing table with linear probing, about 16 bytes per key at its fullest, where a set
 * of key objects costs several hundred. Zero marks a free slot, so no packed key is zero.
 */
final class BookedKeys {

    private static final int INITIAL_CAPACITY = 1 << 12;

    private long[] slots = new long[INITIAL_CAPACITY];
    private int size;

    boolean contains(long key) {
        int mask = slots.length - 1;
        for (int at = slot(key, mask); ; at = (at + 1) & mask) {
            long found = slots[at];
            if (found == key) {
                return true;
            }
            if (found == 0) {
                return false;
            }
        }
    }

    /** Adds the key; whether it was new. */
    boolean add(long key) {
        if (key == 0) {
            throw new IllegalArgumentException("a packed key is never zero");
        }
        if ((size + 1) * 2L > slots.length) {
            grow();
        }
        if (insert(slots, key)) {
            size++;
            return true;
        }
        return false;
    }

    int size() {
        return size;
    }

    void clear() {
        slots = new long[INITIAL_CAPACITY];
        size = 0;
    }

    private void grow() {
        long[] larger = new long[slots.length * 2];
        for (long key : slots) {
            if (key != 0) {
                insert(larger, key);
            }
        }
        slots = larger;
    }

    private static boolean insert(long[] table, long key) {
        int mask = table.length - 1;
        for (int at = slot(key, mask); ; at = (at + 1) & mask) {
            if (table[at] == key) {
                return false;
            }
            if (table[at] == 0) {
                table[at] = key;
                return true;
            }
        }
    }

    /** A well-mixed slot (the finaliser of SplitMix64), so that neighbouring hours do not cluster. */
    private static int slot(long key, int mask) {
        long mixed = (key ^ (key >>> 30)) * 0xbf58476d1ce4e5b9L;
        mixed = (mixed ^ (mixed >>> 27)) * 0x94d049bb133111ebL;
        return (int) (mixed ^ (mixed >>> 31)) & mask;
    }
}
