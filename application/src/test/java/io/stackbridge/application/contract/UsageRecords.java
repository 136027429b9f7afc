package io.stackbridge.application.contract;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.usage.LedgerTotal;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Builds base-VM usage records of one local subscription and tenant: hourly windows starting a
 * fixed number of hours before the service time, each reported when its hour ends.
 */
public final class UsageRecords {

    public static final MeterId BASE_VM = MeterId.of("FAB6EB84-500B-4A09-A8CA-7358F8BBAEA5");
    /** How far back the first window starts, so that every window is complete when pushed. */
    public static final Duration FIRST_HOUR_BACK = Duration.ofHours(6);

    private final Instant firstHour;
    private final SubscriptionId subscription;
    private final TenantId tenant;
    private final String vm;

    private UsageRecords(Instant firstHour, SubscriptionId subscription, TenantId tenant, String vm) {
        this.firstHour = firstHour;
        this.subscription = subscription;
        this.tenant = tenant;
        this.vm = vm;
    }

    /** Records of {@code subscription}, used from {@code tenant}, in the hours before {@code serviceTime}. */
    public static UsageRecords of(SubscriptionId subscription, TenantId tenant, Instant serviceTime) {
        return new UsageRecords(serviceTime.truncatedTo(ChronoUnit.HOURS).minus(FIRST_HOUR_BACK), subscription, tenant, "vm-0");
    }

    /** The same, for another virtual machine (other record keys). */
    public UsageRecords vm(String name) {
        return new UsageRecords(firstHour, subscription, tenant, name);
    }

    /** One record per quantity, in consecutive hours from the first. */
    public List<UsageRecord> hourly(String... quantities) {
        return List.of(quantities).zipWithIndex().map(pair -> at(pair._2, pair._1));
    }

    /** The record of the {@code hour}-th window (0 is the first). */
    public UsageRecord at(int hour, String quantity) {
        UsageWindow window = UsageWindow.startingAt(firstHour.plus(Duration.ofHours(hour)));
        String resource = "/subscriptions/" + subscription + "/resourceGroups/workloads/providers/Microsoft.Compute/virtualMachines/"
                + vm;
        return new UsageRecord(subscription, tenant, BASE_VM, Quantity.of(quantity), window, resource, "local",
                LinkedHashMap.of("team", "tests"), LinkedHashMap.empty(), window.end());
    }

    public static Quantity sum(Seq<UsageRecord> records) {
        return records.map(UsageRecord::quantity).foldLeft(Quantity.ZERO, Quantity::plus);
    }

    /** What the ledger bills to {@code subscription}, over every meter and hour. */
    public static Quantity billedTo(Seq<LedgerTotal> ledger, SubscriptionId subscription) {
        return ledger.filter(total -> total.billedTo().equals(subscription))
                .map(LedgerTotal::total)
                .foldLeft(Quantity.ZERO, Quantity::plus);
    }
}
