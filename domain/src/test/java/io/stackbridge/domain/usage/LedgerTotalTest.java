package io.stackbridge.domain.usage;

import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static io.stackbridge.domain.usage.UsageSamples.vmHour;
import static org.assertj.core.api.Assertions.assertThat;

class LedgerTotalTest {

    private static final RegistrationKey REGISTRATION = RegistrationKey.of("dd8597b4-8739-4467-8b10-f8679f62bfbf", "azurestack", "reg");
    private static final SubscriptionId CUSTOMER = SubscriptionId.of("e09a4e93-29a7-4eba-a6d4-76202383f07f");
    private static final BatchId BATCH = BatchId.of("b1");

    private static LedgerEntry entry(SubscriptionId billedTo, UsageRecord record) {
        return new LedgerEntry(BATCH, REGISTRATION, billedTo, record, record.reportedAt());
    }

    @Test
    void totals_add_up_per_billed_subscription_meter_and_hour() {
        var totals = LedgerTotal.of(List.of(
                entry(CUSTOMER, vmHour(0, "vm1", "2")),
                entry(CUSTOMER, vmHour(0, "vm2", "0.5")),
                entry(CUSTOMER, vmHour(1, "vm1", "2")),
                entry(REGISTRATION.subscriptionId(), vmHour(0, "vm3", "4"))));

        assertThat(totals).hasSize(3);
        assertThat(totals.head().window().start()).isEqualTo(UsageSamples.TEN);
        assertThat(totals.filter(total -> total.billedTo().equals(CUSTOMER) && total.window().start().equals(UsageSamples.TEN))
                .map(LedgerTotal::total)).containsExactly(Quantity.of("2.5"));
    }
}
