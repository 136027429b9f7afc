package io.stackbridge.domain.localusage.workload;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A storage account holding about {@code blobGb} of block blobs, {@code pageBlobGb} of page blobs
 * and a little table and queue data: every hour its capacities (GB*hours, within ±5%), its
 * transactions (in 10,000s) and the data it took in and gave out (GB).
 */
public record StorageAccount(String resourceUri, int blobGb, int pageBlobGb, Map<String, String> tags) implements SimulatedResource {

    public StorageAccount {
        Objects.requireNonNull(resourceUri, "resourceUri");
        Objects.requireNonNull(tags, "tags");
        if (blobGb < 1 || pageBlobGb < 0) {
            throw new IllegalArgumentException("invalid storage account " + resourceUri);
        }
    }

    @Override
    public Map<String, String> additionalInfo() {
        return LinkedHashMap.empty();
    }

    @Override
    public List<Emission> hour(SplittableRandom random) {
        List<Emission> capacity = List.of(
                Emission.measured(SimulatedMeters.BLOCK_BLOB_CAPACITY, blobGb * around(random)),
                Emission.measured(SimulatedMeters.TABLE_CAPACITY, 0.5 * around(random)),
                Emission.measured(SimulatedMeters.QUEUE_CAPACITY, 0.05 * around(random)));
        List<Emission> pages = pageBlobGb == 0 ? List.empty()
                : List.of(Emission.measured(SimulatedMeters.PAGE_BLOB_CAPACITY, pageBlobGb * around(random)));
        List<Emission> traffic = List.of(
                Emission.measured(SimulatedMeters.BLOB_TRANSACTIONS, random.nextDouble(0.01, 2.5)),
                Emission.measured(SimulatedMeters.TABLE_TRANSACTIONS, random.nextDouble(0.001, 0.3)),
                Emission.measured(SimulatedMeters.QUEUE_TRANSACTIONS, random.nextDouble(0.001, 0.1)),
                Emission.measured(SimulatedMeters.BLOB_DATA_IN, random.nextDouble(0.0, 0.02) * blobGb),
                Emission.measured(SimulatedMeters.BLOB_DATA_OUT, random.nextDouble(0.0, 0.05) * blobGb));
        return capacity.appendAll(pages).appendAll(traffic);
    }

    private static double around(SplittableRandom random) {
        return random.nextDouble(0.95, 1.05);
    }
}
