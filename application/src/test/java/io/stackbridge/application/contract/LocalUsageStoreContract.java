package io.stackbridge.application.contract;

import io.stackbridge.application.port.out.LocalUsageStorePort;
import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.stackbridge.application.contract.StoredRecords.BASE_VM;
import static io.stackbridge.application.contract.StoredRecords.DAY;
import static io.stackbridge.application.contract.StoredRecords.FIRST;
import static io.stackbridge.application.contract.StoredRecords.SECOND;
import static io.stackbridge.application.contract.StoredRecords.STORAGE;
import static io.stackbridge.application.contract.StoredRecords.at;
import static io.stackbridge.application.contract.StoredRecords.reported;
import static org.assertj.core.api.Assertions.assertThat;

/** What every stamp usage store promises ({@link LocalUsageStorePort}); run by one subclass per adapter. */
public abstract class LocalUsageStoreContract {

    protected LocalUsageStorePort store;

    /** A fresh, empty store; called once per test (a subclass closes what it opened in its own {@code @AfterEach}). */
    protected abstract LocalUsageStorePort createStore();

    @BeforeEach
    void freshStore() {
        store = createStore();
    }

    @Test
    void an_empty_store_reports_nothing() {
        assertThat(store.reportedBetween(DAY, DAY.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void the_range_includes_its_start_and_excludes_its_end() {
        UsageWindow hour = UsageWindow.startingAt(DAY);
        UsageRecord atStart = reported(hour.end(), hour, FIRST, BASE_VM, "vm-0", "1");
        UsageRecord inside = reported(hour.end().plusSeconds(1800), hour, FIRST, BASE_VM, "vm-1", "1");
        UsageRecord atEnd = reported(hour.end().plus(Duration.ofHours(1)), hour, FIRST, BASE_VM, "vm-2", "1");
        store.append(List.of(atEnd, inside, atStart));

        assertThat(store.reportedBetween(hour.end(), hour.end().plus(Duration.ofHours(1)))).containsExactly(atStart, inside);
    }

    @Test
    void records_come_by_reported_time_then_subscription_meter_resource_and_hour() {
        Instant noon = DAY.plus(Duration.ofHours(12));
        UsageRecord late = reported(noon.plusSeconds(60), UsageWindow.startingAt(DAY), FIRST, BASE_VM, "vm-9", "1");
        UsageRecord secondSubscription = reported(noon, UsageWindow.startingAt(DAY), SECOND, BASE_VM, "vm-0", "1");
        UsageRecord storage = reported(noon, UsageWindow.startingAt(DAY), FIRST, STORAGE, "vm-0", "1");
        UsageRecord vm1Later = reported(noon, UsageWindow.startingAt(DAY.plus(Duration.ofHours(1))), FIRST, BASE_VM, "vm-1", "1");
        UsageRecord vm1 = reported(noon, UsageWindow.startingAt(DAY), FIRST, BASE_VM, "vm-1", "1");
        UsageRecord vm0 = reported(noon, UsageWindow.startingAt(DAY), FIRST, BASE_VM, "vm-0", "1");
        store.append(List.of(late, secondSubscription, storage, vm1Later, vm1, vm0));

        assertThat(store.reportedBetween(DAY, DAY.plus(Duration.ofDays(1))))
                .containsExactly(storage, vm0, vm1, vm1Later, secondSubscription, late);
    }

    @Test
    void a_record_whose_key_is_stored_is_ignored_and_the_first_one_wins() {
        UsageRecord first = at(0, FIRST, BASE_VM, "vm-0", "1");
        UsageRecord again = reported(first.reportedAt().plusSeconds(60), first.window(), FIRST, BASE_VM, "vm-0", "7");
        UsageRecord twiceInOneCall = at(1, FIRST, BASE_VM, "vm-0", "2");

        store.append(List.of(first));
        store.append(List.of(again, twiceInOneCall, at(1, FIRST, BASE_VM, "vm-0", "9")));

        assertThat(store.reportedBetween(DAY, DAY.plus(Duration.ofDays(1)))).containsExactly(first, twiceInOneCall);
    }

    @Test
    void keys_compare_ids_without_regard_to_case_or_meter_dashes() {
        UsageRecord lower = at(0, FIRST, BASE_VM, "vm-0", "1");
        UsageRecord upper = at(0, SubscriptionId.of(FIRST.value().toUpperCase()), MeterId.of(BASE_VM.key().toUpperCase()), "vm-0", "5");
        UsageRecord sameVmOtherCase = new UsageRecord(upper.subscriptionId(), upper.tenantId(), upper.meterId(), upper.quantity(),
                upper.window(), lower.resourceUri(), upper.location(), upper.tags(), upper.additionalInfo(), upper.reportedAt());

        store.append(List.of(lower, sameVmOtherCase));

        assertThat(store.reportedBetween(DAY, DAY.plus(Duration.ofDays(1)))).containsExactly(lower);
    }

    @Test
    void every_field_comes_back_as_written_and_quantities_stay_exact() {
        UsageWindow window = UsageWindow.startingAt(DAY);
        UsageRecord written = new UsageRecord(SubscriptionId.of("ABCDEF01-0002-4000-8000-00000000000A"), StoredRecords.TENANT,
                MeterId.of("FAB6EB84500B4A09A8CA7358F8BBAEA5"), Quantity.of("12345678901234567890.123456789000"), window,
                "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm é&=?", "local",
                LinkedHashMap.of("b", "2", "a", "a=b&c"), LinkedHashMap.of("", ""), window.end().plusNanos(123_456_789));

        store.append(List.of(written));
        UsageRecord read = store.reportedBetween(DAY, DAY.plus(Duration.ofDays(1))).single();

        assertThat(read).isEqualTo(written);
        assertThat(read.subscriptionId().value()).isEqualTo("ABCDEF01-0002-4000-8000-00000000000A");
        assertThat(read.meterId().value()).isEqualTo("FAB6EB84500B4A09A8CA7358F8BBAEA5");
        assertThat(read.quantity().amount().toPlainString()).isEqualTo("12345678901234567890.123456789000");
        assertThat(read.tags().toList()).isEqualTo(written.tags().toList());
        assertThat(read.reportedAt()).isEqualTo(written.reportedAt());
    }

    @Test
    void appends_from_several_threads_keep_each_key_once() throws Exception {
        List<UsageRecord> records = List.range(0, 40).map(hour -> at(hour % 20, FIRST, BASE_VM, "vm-" + hour / 20, "1"));

        Concurrently.run(6, worker -> store.append(records.drop(worker * 5).take(20)));

        List<UsageRecord> stored = store.reportedBetween(DAY, DAY.plus(Duration.ofDays(2)));
        assertThat(stored.map(UsageRecord::key).distinct()).hasSameSizeAs(stored);
        assertThat(stored).hasSize(40);
    }

    @Test
    void a_period_read_for_some_subscriptions_is_the_period_without_the_others_in_the_same_order() {
        Instant noon = DAY.plus(Duration.ofHours(12));
        UsageRecord first = reported(noon, UsageWindow.startingAt(DAY), FIRST, BASE_VM, "vm-0", "1");
        UsageRecord second = reported(noon, UsageWindow.startingAt(DAY), SECOND, BASE_VM, "vm-0", "1");
        UsageRecord firstLater = reported(noon.plusNanos(1), UsageWindow.startingAt(DAY), FIRST, STORAGE, "vm-0", "1");
        UsageRecord secondLater = reported(noon.plusSeconds(3600), UsageWindow.startingAt(DAY), SECOND, STORAGE, "vm-0", "1");
        store.append(List.of(secondLater, firstLater, second, first));

        Instant end = DAY.plus(Duration.ofDays(1));
        assertThat(store.reportedBetween(DAY, end, HashSet.of(SubscriptionId.of(FIRST.value().toUpperCase())))).containsExactly(first, firstLater);
        assertThat(store.reportedBetween(DAY, end, HashSet.of(FIRST, SECOND))).isEqualTo(store.reportedBetween(DAY, end));
        assertThat(store.reportedBetween(noon.plusNanos(1), end, HashSet.of(FIRST))).containsExactly(firstLater);
        assertThat(store.reportedBetween(DAY, end, HashSet.empty())).isEmpty();
    }

    @Test
    void the_first_reported_time_of_some_subscriptions_skips_the_others_and_stays_in_the_period() {
        Instant noon = DAY.plus(Duration.ofHours(12));
        store.append(List.of(reported(noon, UsageWindow.startingAt(DAY), SECOND, BASE_VM, "vm-0", "1"),
                reported(noon.plusNanos(5), UsageWindow.startingAt(DAY), FIRST, BASE_VM, "vm-0", "1"),
                reported(noon.plusSeconds(7200), UsageWindow.startingAt(DAY), FIRST, STORAGE, "vm-0", "1")));
        Instant end = DAY.plus(Duration.ofDays(1));

        assertThat(store.firstReportedBetween(DAY, end, HashSet.of(FIRST))).isEqualTo(Option.some(noon.plusNanos(5)));
        assertThat(store.firstReportedBetween(DAY, end, HashSet.of(FIRST, SECOND))).isEqualTo(Option.some(noon));
        assertThat(store.firstReportedBetween(noon.plusNanos(6), end, HashSet.of(FIRST))).isEqualTo(Option.some(noon.plusSeconds(7200)));
        assertThat(store.firstReportedBetween(DAY, noon.plusNanos(5), HashSet.of(FIRST))).isEqualTo(Option.none());
        assertThat(store.firstReportedBetween(DAY, end, HashSet.empty())).isEqualTo(Option.none());
        assertThat(store.firstReportedBetween(end, DAY, HashSet.of(FIRST))).isEqualTo(Option.none());
    }
}
