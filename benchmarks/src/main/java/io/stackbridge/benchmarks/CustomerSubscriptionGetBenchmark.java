package io.stackbridge.benchmarks;

import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.domain.tenant.CustomerSubscription;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The ARM GET of a customer subscription through the in-process pipeline (fault rules, journal,
 * store), without HTTP, TLS or token checks: what the emulator's GET costs below its server.
 * Running it for long also shows whether the journal makes later calls dearer than earlier ones.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class CustomerSubscriptionGetBenchmark {

    private RegisteredStamp stamp;

    @Setup
    public void start() {
        stamp = RegisteredStamp.start();
    }

    @Benchmark
    public CustomerSubscription get() {
        return stamp.azure().customerSubscriptions().get(stamp.key(), DefaultWorld.CONTOSO_SUBSCRIPTION.value())
                .getOrElseThrow(error -> new IllegalStateException("get refused: " + error));
    }
}
