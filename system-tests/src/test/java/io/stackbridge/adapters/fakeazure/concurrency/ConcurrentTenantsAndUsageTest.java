package io.stackbridge.adapters.fakeazure.concurrency;

import io.stackbridge.adapters.fakeazure.support.Stamp;
import io.stackbridge.application.contract.UsageRecords;
import io.stackbridge.application.port.out.UsagePushPort.PushReceipt;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.Guid;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.stackbridge.domain.usage.LedgerTotal;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.junit.FakeAzure;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_TENANT;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.FABRIKAM_TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight threads, released together, add and remove the contoso and fabrikam mappings while pushing
 * the same batches: no tenant ever has two subscriptions, and every distinct record is booked once.
 */
class ConcurrentTenantsAndUsageTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 40;

    private final FakeAzure azure = FakeAzure.start();
    private final Stamp stamp = Stamp.payAsYouUse(azure).approved();
    private final MappingChurn churn = new MappingChurn(azure.customerSubscriptions(), stamp.key());
    private final List<UsageBatch> batches = batches();

    private List<UsageBatch> batches() {
        UsageRecords contoso = UsageRecords.of(new SubscriptionId(Guid.random()), CONTOSO_TENANT, azure.clock().now());
        UsageRecords fabrikam = UsageRecords.of(new SubscriptionId(Guid.random()), FABRIKAM_TENANT, azure.clock().now());
        UsageRecords other = UsageRecords.of(new SubscriptionId(Guid.random()), new TenantId(Guid.random()), azure.clock().now());
        return List.range(0, 6).map(n -> stamp.batch(contoso.vm("vm-" + n).hourly("1.5", "0.25")
                .appendAll(fabrikam.vm("vm-" + n).hourly("2"))
                .appendAll(other.vm("vm-" + n).hourly("0.125", "3"))));
    }

    @Test
    void mappings_stay_one_per_tenant_and_each_distinct_batch_is_booked_once() throws Exception {
        String bearer = stamp.accessToken();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Either<DomainError, PushReceipt>>>> workers = List.range(0, THREADS)
                    .map(thread -> pool.submit(() -> work(thread, bearer, start)));
            start.countDown();
            List<Either<DomainError, PushReceipt>> pushes = workers.flatMap(ConcurrentTenantsAndUsageTest::await);

            assertThat(pushes).hasSize(THREADS * ROUNDS).allSatisfy(push -> assertThat(push.isRight()).as("%s", push).isTrue());
            assertThat(pushes.filter(push -> !push.get().alreadyReceived()).map(push -> push.get().batchId()))
                    .containsExactlyInAnyOrderElementsOf(batches.map(UsageBatch::id));
        } finally {
            pool.shutdownNow();
        }

        assertThat(churn.refusals()).isEmpty();
        assertThat(churn.sawTwoSubscriptionsForATenant()).isFalse();
        List<CustomerSubscription> left = azure.customerSubscriptions().list(stamp.key()).get();
        assertThat(left.map(CustomerSubscription::tenantId).distinct()).hasSameSizeAs(left);
        assertThat(left.map(CustomerSubscription::subscriptionId).distinct()).hasSameSizeAs(left);
        List<LedgerTotal> ledger = stamp.ledger();
        Quantity booked = ledger.map(LedgerTotal::total).foldLeft(Quantity.ZERO, Quantity::plus);
        assertThat(booked).isEqualTo(UsageRecords.sum(batches.flatMap(UsageBatch::records)));
        assertThat(booked).isEqualTo(Quantity.of("41.25"));
    }

    private List<Either<DomainError, PushReceipt>> work(int thread, String bearer, CountDownLatch start) throws InterruptedException {
        start.await();
        List<Either<DomainError, PushReceipt>> pushes = List.empty();
        for (int round = 0; round < ROUNDS; round++) {
            churn.step(thread + round);
            pushes = pushes.append(stamp.push(batches.get((thread + round) % batches.size()), bearer));
        }
        return pushes;
    }

    private static <T> T await(Future<T> worker) {
        try {
            return worker.get(60, TimeUnit.SECONDS);
        } catch (Exception failed) {
            throw new AssertionError("a worker failed", failed);
        }
    }
}
