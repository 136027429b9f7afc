package io.stackbridge.application.service.bridge;

import io.stackbridge.domain.id.CloudId;

import java.util.Random;

/**
 * The random source of the backoff's jitter: seeded, so a run replays, but with the stamp's cloud ID
 * mixed into the seed, so stamps that failed together do not retry together.
 */
final class BridgeJitter {

    private final long seed;
    private Random random;

    BridgeJitter(long seed) {
        this.seed = seed;
    }

    /** The stream of stamp {@code cloud}, made at its first use (one bridge serves one stamp). */
    synchronized Random random(CloudId cloud) {
        if (random == null) {
            random = new Random(seed ^ cloud.value().toLowerCase(java.util.Locale.ROOT).hashCode());
        }
        return random;
    }
}
