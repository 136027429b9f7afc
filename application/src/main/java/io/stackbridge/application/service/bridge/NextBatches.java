package io.stackbridge.application.service.bridge;

import io.stackbridge.application.port.out.UsageOutboxPort;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The batches of one bridge run, each read from the outbox while the one before it is in flight: the
 * oldest pending records but those of the batch in flight, which are still pending until Azure
 * confirms them. The batch is the one a fresh run would read once the batch in flight is marked
 * sent, so a resend after a crash has the same ID. Nothing is marked or written here; the reading
 * thread is waited for when the run closes it.
 */
final class NextBatches implements AutoCloseable {

    private final UsageOutboxPort outbox;
    private final CloudId cloudId;
    private final int size;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "stackbridge-next-batch");
        thread.setDaemon(true);
        return thread;
    });

    NextBatches(UsageOutboxPort outbox, CloudId cloudId, int size) {
        this.outbox = outbox;
        this.cloudId = cloudId;
        this.size = size;
    }

    /** The oldest pending records as a batch; none when nothing is pending. */
    Option<UsageBatch> first() {
        return batchOf(outbox.oldestPending(size));
    }

    /** Starts reading the batch that follows {@code inFlight}; {@link #await} gives it. */
    Future<Option<UsageBatch>> after(UsageBatch inFlight) {
        return reader.submit(() -> following(inFlight));
    }

    /** The batch {@link #after} read, a failure of the read rethrown as it was thrown. */
    Option<UsageBatch> await(Future<Option<UsageBatch>> next) {
        try {
            return next.get();
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the next batch", interrupted);
        }
    }

    private Option<UsageBatch> following(UsageBatch inFlight) {
        Set<UsageRecordKey> flying = new HashSet<>(inFlight.records().size() * 2);
        inFlight.records().forEach(record -> flying.add(record.key()));
        int ahead = (int) Math.min(Integer.MAX_VALUE, (long) size + inFlight.records().size());
        return batchOf(outbox.oldestPending(ahead).filter(record -> !flying.contains(record.key())).take(size));
    }

    private Option<UsageBatch> batchOf(List<UsageRecord> records) {
        return records.isEmpty() ? Option.none() : Option.some(UsageBatch.of(cloudId, records));
    }

    /** Lets a read still under way finish (the run's stores may close next), then ends the reading thread. */
    @Override
    public void close() {
        reader.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (reader.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException stop) {
                interrupted = true;
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
