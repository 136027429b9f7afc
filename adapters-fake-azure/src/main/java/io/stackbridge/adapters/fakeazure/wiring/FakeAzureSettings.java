package io.stackbridge.adapters.fakeazure.wiring;

import io.stackbridge.adapters.fakeazure.fault.FaultInjector;
import io.stackbridge.adapters.fakeazure.identity.SigningKeyStash;
import io.stackbridge.adapters.fakeazure.journal.JournalSize;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.domain.world.World;
import io.vavr.control.Option;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What a fake Azure is started with: its world, the seed of its fault rules' randomness, the
 * clock it builds on, the endpoints it claims to serve, the timeout in-process callers report
 * when a Slow fault fires, how many entries its journal keeps, and where a signing key made ahead
 * for it may wait (none: it makes its own as it starts).
 */
public record FakeAzureSettings(World world, long faultSeed, Clock clock, AzureEndpoints endpoints, Duration inProcessTimeout,
                                int journalSize, Option<SigningKeyStash> signingKeyStash) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public FakeAzureSettings {
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(inProcessTimeout, "inProcessTimeout");
        Objects.requireNonNull(signingKeyStash, "signingKeyStash");
        if (journalSize < 1 || journalSize > JournalSize.MAX) {
            throw new IllegalArgumentException("journalSize out of 1.." + JournalSize.MAX + ": " + journalSize);
        }
    }

    /** Settings without a signing key made ahead. */
    public FakeAzureSettings(World world, long faultSeed, Clock clock, AzureEndpoints endpoints, Duration inProcessTimeout,
                             int journalSize) {
        this(world, faultSeed, clock, endpoints, inProcessTimeout, journalSize, Option.none());
    }

    /** Settings with the default journal size. */
    public FakeAzureSettings(World world, long faultSeed, Clock clock, AzureEndpoints endpoints, Duration inProcessTimeout) {
        this(world, faultSeed, clock, endpoints, inProcessTimeout, JournalSize.DEFAULT);
    }

    /** The default world, the fixed seed, the system's UTC clock, the in-process endpoints, 30 s, 5000 journal entries. */
    public static FakeAzureSettings defaults() {
        return new FakeAzureSettings(DefaultWorld.world(), FaultInjector.DEFAULT_SEED, Clock.systemUTC(),
                AzureEndpoints.IN_PROCESS, DEFAULT_TIMEOUT);
    }

    public FakeAzureSettings withWorld(World newWorld) {
        return new FakeAzureSettings(newWorld, faultSeed, clock, endpoints, inProcessTimeout, journalSize, signingKeyStash);
    }

    public FakeAzureSettings withFaultSeed(long newSeed) {
        return new FakeAzureSettings(world, newSeed, clock, endpoints, inProcessTimeout, journalSize, signingKeyStash);
    }

    public FakeAzureSettings withClock(Clock newClock) {
        return new FakeAzureSettings(world, faultSeed, newClock, endpoints, inProcessTimeout, journalSize, signingKeyStash);
    }

    public FakeAzureSettings withEndpoints(AzureEndpoints newEndpoints) {
        return new FakeAzureSettings(world, faultSeed, clock, newEndpoints, inProcessTimeout, journalSize, signingKeyStash);
    }

    public FakeAzureSettings withInProcessTimeout(Duration newTimeout) {
        return new FakeAzureSettings(world, faultSeed, clock, endpoints, newTimeout, journalSize, signingKeyStash);
    }

    /** The journal keeps the latest {@code size} entries (1 to 1,000,000) and counts the ones it drops. */
    public FakeAzureSettings withJournalSize(int size) {
        return new FakeAzureSettings(world, faultSeed, clock, endpoints, inProcessTimeout, size, signingKeyStash);
    }

    /** The fake signs with the key a previous start left in {@code stash}, if any (see {@link SigningKeyStash}). */
    public FakeAzureSettings withSigningKeyStash(SigningKeyStash stash) {
        return new FakeAzureSettings(world, faultSeed, clock, endpoints, inProcessTimeout, journalSize, Option.of(stash));
    }
}
