package io.stackbridge.adapters.cli.stack;

import io.vavr.control.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What a stack-side command opens: the stamp's data directory, the Azure it reaches (none for
 * commands that stay on the stamp), the bridge's batch size and attempts per batch, the workload
 * simulator's seed, and how far the stamp's clock is from the system's.
 */
public record StackRequest(Path dataDirectory, Option<AzureChoice> azure, int batchSize, int maxAttempts, long workloadSeed,
                           Duration clockOffset, PushWatch pushWatch) {

    public static final int DEFAULT_BATCH_SIZE = 500;
    public static final int DEFAULT_ATTEMPTS = 5;
    public static final long DEFAULT_SEED = 20261121L;

    public StackRequest {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(azure, "azure");
        Objects.requireNonNull(clockOffset, "clockOffset");
        Objects.requireNonNull(pushWatch, "pushWatch");
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("batch size and attempts must be positive: " + batchSize + ", " + maxAttempts);
        }
    }

    /** A request that nobody watches push. */
    public StackRequest(Path dataDirectory, Option<AzureChoice> azure, int batchSize, int maxAttempts, long workloadSeed,
                        Duration clockOffset) {
        this(dataDirectory, azure, batchSize, maxAttempts, workloadSeed, clockOffset, PushWatch.NONE);
    }

    /** The stamp of {@code options} alone, without reaching Azure. */
    public static StackRequest local(StackOptions options) {
        return new StackRequest(options.dataDirectory(), Option.none(), DEFAULT_BATCH_SIZE, DEFAULT_ATTEMPTS, DEFAULT_SEED,
                options.clockOffset());
    }

    /** The stamp of {@code options} and the Azure it reaches. */
    public static StackRequest reaching(StackOptions options, AzureChoice azure) {
        return new StackRequest(options.dataDirectory(), Option.some(azure), DEFAULT_BATCH_SIZE, DEFAULT_ATTEMPTS, DEFAULT_SEED,
                options.clockOffset());
    }

    public StackRequest withBridge(int size, int attempts) {
        return new StackRequest(dataDirectory, azure, size, attempts, workloadSeed, clockOffset, pushWatch);
    }

    public StackRequest withWorkloadSeed(long seed) {
        return new StackRequest(dataDirectory, azure, batchSize, maxAttempts, seed, clockOffset, pushWatch);
    }

    /** The same request, {@code watch} told of every batch Azure confirms. */
    public StackRequest watchingPushes(PushWatch watch) {
        return new StackRequest(dataDirectory, azure, batchSize, maxAttempts, workloadSeed, clockOffset, watch);
    }
}
