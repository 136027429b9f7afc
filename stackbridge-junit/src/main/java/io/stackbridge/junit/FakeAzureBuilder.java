package io.stackbridge.junit;

import io.stackbridge.adapters.fakeazure.wiring.FakeAzureSettings;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.domain.world.World;

import java.time.Clock;
import java.time.Duration;

/** Chooses what a fake Azure starts with; anything not chosen keeps its default. */
public final class FakeAzureBuilder {

    private FakeAzureSettings settings;

    FakeAzureBuilder(FakeAzureSettings settings) {
        this.settings = settings;
    }

    public FakeAzureBuilder world(World world) {
        settings = settings.withWorld(world);
        return this;
    }

    /** The seed of the fault rules' randomness (default {@code 20261121}). */
    public FakeAzureBuilder seed(long seed) {
        settings = settings.withFaultSeed(seed);
        return this;
    }

    /** The base clock (default: the system's UTC clock). */
    public FakeAzureBuilder clock(Clock clock) {
        settings = settings.withClock(clock);
        return this;
    }

    public FakeAzureBuilder endpoints(AzureEndpoints endpoints) {
        settings = settings.withEndpoints(endpoints);
        return this;
    }

    /** The timeout in-process callers report when a Slow fault fires (default 30 s). */
    public FakeAzureBuilder inProcessTimeout(Duration timeout) {
        settings = settings.withInProcessTimeout(timeout);
        return this;
    }

    /** How many entries the journal keeps before it drops the oldest (default 5000; 1 to 1,000,000). */
    public FakeAzureBuilder journalSize(int size) {
        settings = settings.withJournalSize(size);
        return this;
    }

    public FakeAzure start() {
        return FakeAzure.start(settings);
    }
}
