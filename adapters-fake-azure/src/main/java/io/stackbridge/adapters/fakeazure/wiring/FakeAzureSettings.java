package io.stackbridge.adapters.fakeazure.wiring;

import io.stackbridge.adapters.fakeazure.fault.FaultInjector;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.domain.world.World;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What a fake Azure is started with: its world, the seed of its fault rules' randomness, the
 * clock it builds on, the endpoints it claims to serve, and the timeout in-process callers report
 * when a Slow fault fires.
 */
public record FakeAzureSettings(World world, long faultSeed, Clock clock, AzureEndpoints endpoints, Duration inProcessTimeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public FakeAzureSettings {
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(inProcessTimeout, "inProcessTimeout");
    }

    /** The default world, the fixed seed, the system's UTC clock, the in-process endpoints, 30 s. */
    public static FakeAzureSettings defaults() {
        return new FakeAzureSettings(DefaultWorld.world(), FaultInjector.DEFAULT_SEED, Clock.systemUTC(),
                AzureEndpoints.IN_PROCESS, DEFAULT_TIMEOUT);
    }

    public FakeAzureSettings withWorld(World newWorld) {
        return new FakeAzureSettings(newWorld, faultSeed, clock, endpoints, inProcessTimeout);
    }

    public FakeAzureSettings withFaultSeed(long newSeed) {
        return new FakeAzureSettings(world, newSeed, clock, endpoints, inProcessTimeout);
    }

    public FakeAzureSettings withClock(Clock newClock) {
        return new FakeAzureSettings(world, faultSeed, newClock, endpoints, inProcessTimeout);
    }

    public FakeAzureSettings withEndpoints(AzureEndpoints newEndpoints) {
        return new FakeAzureSettings(world, faultSeed, clock, newEndpoints, inProcessTimeout);
    }

    public FakeAzureSettings withInProcessTimeout(Duration newTimeout) {
        return new FakeAzureSettings(world, faultSeed, clock, endpoints, newTimeout);
    }
}
