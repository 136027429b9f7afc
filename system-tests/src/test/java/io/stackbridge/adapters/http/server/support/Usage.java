package io.stackbridge.adapters.http.server.support;

import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.usage.MsDate;
import io.stackbridge.adapters.http.wire.UsageBatchBody;
import io.stackbridge.adapters.http.wire.WireJson;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Usage batches and push requests for tests. */
public final class Usage {

    public static final MeterId METER = MeterId.of("FAB6EB84-500B-4A09-A8CA-7358F8BBAEA5");

    private Usage() {
    }

    /** A batch of {@code hours} hourly records of one meter for the Contoso tenant, ending an hour ago. */
    public static UsageBatch batch(CloudId cloud, int hours, String quantity) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(hours + 1L, ChronoUnit.HOURS);
        List<UsageRecord> records = List.range(0, hours).map(hour -> {
            UsageWindow window = UsageWindow.startingAt(start.plus(hour, ChronoUnit.HOURS));
            return new UsageRecord(DefaultWorld.CONTOSO_SUBSCRIPTION, DefaultWorld.CONTOSO_TENANT, METER, Quantity.of(quantity), window,
                    "/subscriptions/x/resourceGroups/y/providers/Microsoft.Compute/virtualMachines/vm1", "local",
                    LinkedHashMap.empty(), LinkedHashMap.empty(), window.end());
        });
        return UsageBatch.of(cloud, records);
    }

    public static String body(UsageBatch batch) {
        return WireJson.write(UsageBatchBody.from(batch));
    }

    public static String path(UsageBatch batch) {
        return "/usage/registrations/" + batch.cloudId() + "/batches/" + batch.id();
    }

    /** Pushes {@code batch} with the usage token and the current time as {@code x-ms-date}. */
    public static Response push(TestEmulator emulator, UsageBatch batch) {
        return emulator.anonymous.withToken(emulator.usageToken()).withHeader(MsDate.HEADER, MsDate.format(Instant.now()))
                .put(path(batch), body(batch));
    }
}
