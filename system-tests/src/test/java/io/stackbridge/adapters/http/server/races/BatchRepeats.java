package io.stackbridge.adapters.http.server.races;

import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.Usage;
import io.stackbridge.adapters.http.server.usage.MsDate;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A few distinct batches pushed over and over by every client, so that the same batch id races
 * itself; the first push of each answers {@code alreadyReceived: false}, exactly once.
 */
final class BatchRepeats {

    private final Http pusher;
    private final List<UsageBatch> batches;
    private final Tally tally;
    private final Set<String> firstReceipts = ConcurrentHashMap.newKeySet();
    private final Queue<String> secondFirsts = new ConcurrentLinkedQueue<>();

    BatchRepeats(Http pusher, CloudId cloud, int distinct, Tally tally) {
        this.pusher = pusher;
        this.batches = List.range(0, distinct).map(n -> batch(cloud, n));
        this.tally = tally;
    }

    /** Batch {@code n}: {@code 1 + n % 3} hourly records of its own VM, so no record key is shared between batches. */
    private static UsageBatch batch(CloudId cloud, int n) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(5, ChronoUnit.HOURS);
        return UsageBatch.of(cloud, List.range(0, 1 + n % 3).map(hour -> {
            UsageWindow window = UsageWindow.startingAt(start.plus(hour, ChronoUnit.HOURS));
            return new UsageRecord(DefaultWorld.CONTOSO_SUBSCRIPTION, DefaultWorld.CONTOSO_TENANT, Usage.METER,
                    Quantity.of("0." + (n + 1) + "25"), window,
                    "/subscriptions/x/resourceGroups/y/providers/Microsoft.Compute/virtualMachines/race-" + n, "local",
                    LinkedHashMap.empty(), LinkedHashMap.empty(), window.end());
        }));
    }

    void step(int client, int round) {
        UsageBatch batch = batches.get((client + round) % batches.size());
        Response pushed = tally.count("usage PUSH", pusher.withHeader(MsDate.HEADER, MsDate.format(Instant.now()))
                .put(Usage.path(batch), Usage.body(batch)), Set.of(200));
        if (pushed.status() == 200 && !pushed.json().path("alreadyReceived").asBoolean()
                && !firstReceipts.add(batch.id().value())) {
            secondFirsts.add(batch.id().value());
        }
    }

    long distinctRecords() {
        return batches.map(batch -> (long) batch.records().size()).sum().longValue();
    }

    BigDecimal distinctQuantity() {
        return batches.flatMap(UsageBatch::records).map(UsageRecord::quantity)
                .map(quantity -> quantity.amount()).fold(BigDecimal.ZERO, BigDecimal::add);
    }

    Set<String> firstReceipts() {
        return firstReceipts;
    }

    Queue<String> secondFirsts() {
        return secondFirsts;
    }

    int distinct() {
        return batches.size();
    }
}
