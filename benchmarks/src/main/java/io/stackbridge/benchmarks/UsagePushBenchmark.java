package io.stackbridge.benchmarks;

import io.stackbridge.application.port.out.UsagePushPort.PushReceipt;
import io.stackbridge.domain.usage.UsageBatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * One batch of 1000 new records through the in-process usage push port: strict token check,
 * exactly-once booking into the in-memory ledger. Every invocation sends records never sent
 * before, so the ledger grows as it would during a long push.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class UsagePushBenchmark {

    private static final int BATCH = 1000;

    private RegisteredStamp stamp;
    private SyntheticUsage usage;
    private long next;
    private UsageBatch batch;

    @Setup(Level.Trial)
    public void start() {
        stamp = RegisteredStamp.start();
        usage = new SyntheticUsage(10_000, stamp.azure().clock().now());
    }

    @Setup(Level.Invocation)
    public void nextBatch() {
        batch = usage.batch(stamp.cloudId(), next, BATCH);
        next += BATCH;
    }

    @Benchmark
    public PushReceipt pushBatchOf1000() {
        return stamp.push(batch);
    }
}
