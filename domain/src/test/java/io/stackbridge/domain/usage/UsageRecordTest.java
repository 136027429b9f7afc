package io.stackbridge.domain.usage;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.LinkedHashMap;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsageRecordTest {

    private static final Instant TEN = Instant.parse("2026-11-20T10:00:00Z");
    private static final SubscriptionId LOCAL = SubscriptionId.of("8f3d2c1b-0a9e-4d8c-b7a6-5f4e3d2c1b0a");
    private static final TenantId TENANT = TenantId.of("dbab3982-796f-4d03-9908-044c08aef8a2");
    private static final MeterId BASE_VM = MeterId.of("FAB6EB84-500B-4A09-A8CA-7358F8BBAEA5");

    private static UsageRecord record(String quantity, Instant reportedAt) {
        return new UsageRecord(LOCAL, TENANT, BASE_VM, Quantity.of(quantity), UsageWindow.startingAt(TEN),
                "/subscriptions/" + LOCAL + "/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1",
                "local", LinkedHashMap.empty(), LinkedHashMap.empty(), reportedAt);
    }

    @Test
    void a_window_covers_exactly_the_hour_it_starts() {
        UsageWindow window = UsageWindow.containing(Instant.parse("2026-11-20T10:42:17Z"));

        assertThat(window.start()).isEqualTo(TEN);
        assertThat(window.end()).isEqualTo(Instant.parse("2026-11-20T11:00:00Z"));
        assertThat(window.next().start()).isEqualTo(window.end());
    }

    @Test
    void every_problem_with_a_window_is_reported_at_once() {
        var problems = UsageWindow.of(TEN.plusSeconds(60), TEN.plusSeconds(7200)).getError();

        assertThat(problems.map(Violation::rule)).containsExactly(Rule.NOT_ON_THE_HOUR, Rule.NOT_ONE_HOUR);
    }

    @Test
    void the_key_ignores_quantity_and_reported_time_so_resends_match() {
        assertThat(record("2", TEN.plusSeconds(7200)).key()).isEqualTo(record("3.5", TEN.plusSeconds(9000)).key());
    }

    @Test
    void usage_cannot_be_reported_before_its_hour_starts() {
        assertThatThrownBy(() -> record("1", TEN.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
