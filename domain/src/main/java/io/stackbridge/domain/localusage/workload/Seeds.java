package io.stackbridge.domain.localusage.workload;

/** Derives independent seeds from the simulation's seed and stable names, so each resource and hour has its own random stream. */
final class Seeds {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    static long mix(long seed, String name) {
        return mix(seed, (long) name.hashCode());
    }

    static long mix(long seed, long value) {
        long z = (seed + GOLDEN) * GOLDEN + value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
