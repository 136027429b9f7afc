package io.stackbridge.benchmarks;

import io.stackbridge.domain.usage.UsageBatch;

import java.nio.file.Path;
import java.util.ArrayList;

/**
 * The in-process push figure: {@code N} distinct records (default 1,000,000) in batches of
 * {@code B} (default 1000) through the fake Azure's usage push port into its ledger. The batches
 * are built before the clock starts, so the figure is the push (token check, exactly-once booking),
 * not the records' construction. Writes {@code records=N seconds=S secondsPerMillion=X heapMb=H} to RESULT,
 * H being the heap in use after a GC once everything is booked.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.stackbridge.benchmarks.InProcessPush RESULT [records] [batchSize]}
 */
public final class InProcessPush {

    private InProcessPush() {
    }

    public static void main(String[] args) {
        Path result = Path.of(args[0]);
        long records = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
        int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        RegisteredStamp stamp = RegisteredStamp.start();
        SyntheticUsage usage = new SyntheticUsage(10_000, stamp.azure().clock().now());
        ArrayList<UsageBatch> batches = new ArrayList<>();
        for (long first = 0; first < records; first += batchSize) {
            batches.add(usage.batch(stamp.cloudId(), first, (int) Math.min(batchSize, records - first)));
        }
        long booked = 0;
        long start = System.nanoTime();
        for (int i = 0; i < batches.size(); i++) {
            booked += stamp.push(batches.get(i)).records();
            batches.set(i, null);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (booked != records) {
            throw new IllegalStateException("booked " + booked + " of " + records + " records");
        }
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        ResultLine.write(result, "records=%d seconds=%.3f secondsPerMillion=%.3f heapMb=%d",
                booked, seconds, seconds * 1_000_000 / booked, heapMb);
    }
}
