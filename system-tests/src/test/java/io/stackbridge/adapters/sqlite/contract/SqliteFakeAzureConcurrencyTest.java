package io.stackbridge.adapters.sqlite.contract;

import io.stackbridge.application.contract.AzureUnderTest;
import io.stackbridge.application.contract.Concurrently;
import io.stackbridge.application.contract.UsageContract;
import io.stackbridge.application.contract.UsageRecords;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.stackbridge.domain.usage.LedgerTotal;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageBatch;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQLite transactions keep the invariants the in-memory lock keeps: eight threads add and remove
 * tenants while pushing the same batches; each batch is booked once and no tenant has two subscriptions.
 */
class SqliteFakeAzureConcurrencyTest extends UsageContract {

    @Override
    protected AzureUnderTest startAzure() {
        return SqliteBackedAzure.start();
    }

    @Test
    void each_batch_is_booked_once_and_each_tenant_keeps_one_subscription() throws Exception {
        azure.approveMultiTenancy(registration);
        UsageRecords contoso = UsageRecords.of(SubscriptionId.of("c0c0c0c0-00aa-4000-8000-000000000001"), world().contosoTenant(),
                azure.serviceTime());
        List<UsageBatch> batches = List.range(0, 4).map(n -> batchOf(contoso.vm("vm-" + n).hourly("1.5", "0.25")
                .appendAll(unmapped.vm("vm-" + n).hourly("2"))));
        List<SubscriptionId> customers = List.of(world().contoso(), world().fabrikam());
        Set<String> refusals = ConcurrentHashMap.newKeySet();

        Concurrently.run(8, worker -> {
            for (int round = 0; round < 10; round++) {
                SubscriptionId customer = customers.get((worker + round) % 2);
                (round % 3 == 2 ? azure.customerSubscriptions().remove(registration, customer.value()).map(removed -> "")
                        : azure.customerSubscriptions().add(registration, customer.value(), Option.none()).map(added -> ""))
                        .orElseRun(error -> refusals.add(error.code().name()));
                push(batches.get((worker + round) % batches.size())).orElseRun(error -> refusals.add(error.code().name()));
            }
        });

        assertThat(refusals).isEmpty();
        List<CustomerSubscription> left = azure.customerSubscriptions().list(registration).get();
        assertThat(left.map(CustomerSubscription::tenantId).distinct()).hasSameSizeAs(left);
        Quantity booked = azure.ledger().map(LedgerTotal::total).foldLeft(Quantity.ZERO, Quantity::plus);
        assertThat(booked).isEqualTo(UsageRecords.sum(batches.flatMap(UsageBatch::records))).isEqualTo(Quantity.of("15"));
    }
}
