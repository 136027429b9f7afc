package io.stackbridge.domain.usage;

import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.text.Digests;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static io.stackbridge.domain.usage.UsageSamples.vmHour;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsageBatchTest {

    private static final CloudId CLOUD = CloudId.of("5bf881b2-6be7-42a1-9f47-d6fcb6737747");

    @Test
    void the_batch_id_depends_on_record_keys_only_not_on_order_or_quantities() {
        var first = UsageBatch.of(CLOUD, List.of(vmHour(0, "vm1", "2"), vmHour(1, "vm1", "2")));
        var reordered = UsageBatch.of(CLOUD, List.of(vmHour(1, "vm1", "2"), vmHour(0, "vm1", "2")));
        var requantified = UsageBatch.of(CLOUD, List.of(vmHour(0, "vm1", "9"), vmHour(1, "vm1", "2")));

        assertThat(reordered.id()).isEqualTo(first.id());
        assertThat(requantified.id()).isEqualTo(first.id());
        assertThat(first.id().value()).hasSize(32).matches("[0-9a-f]+");
    }

    @Test
    void the_batch_id_is_the_digest_of_the_sorted_canonical_keys_as_earlier_versions_derived_it() {
        var records = List.range(0, 30).map(n -> vmHour(n % 7, "vm" + (n % 5), "1")).distinctBy(UsageRecord::key)
                .append(new UsageRecord(SubscriptionId.of("8F3D2C1B-0A9E-4D8C-B7A6-5F4E3D2C1B0B"), UsageSamples.TENANT,
                        MeterId.of("fab6eb84500b4a09a8ca7358f8bbaea6"), Quantity.of("1"), UsageWindow.startingAt(UsageSamples.TEN),
                        "/r", "local", LinkedHashMap.empty(), LinkedHashMap.empty(), UsageSamples.TEN.plusSeconds(3600)));
        String asBefore = Digests.sha256Hex(records.map(record -> record.key().canonical()).sorted().mkString("\n"), 16);

        assertThat(BatchId.derivedFrom(records).value()).isEqualTo(asBefore);
        assertThat(BatchId.derivedFrom(records.reverse()).value()).isEqualTo(asBefore);
    }

    @Test
    void different_records_give_a_different_batch_id() {
        assertThat(UsageBatch.of(CLOUD, List.of(vmHour(0, "vm1", "2"))).id())
                .isNotEqualTo(UsageBatch.of(CLOUD, List.of(vmHour(0, "vm2", "2"))).id());
    }

    @Test
    void a_resend_has_the_same_content_and_a_changed_quantity_does_not() {
        var batch = UsageBatch.of(CLOUD, List.of(vmHour(0, "vm1", "2"), vmHour(1, "vm1", "2")));

        assertThat(batch.sameContentAs(UsageBatch.of(CLOUD, batch.records().reverse()))).isTrue();
        assertThat(batch.sameContentAs(UsageBatch.of(CLOUD, List.of(vmHour(0, "vm1", "2.5"), vmHour(1, "vm1", "2"))))).isFalse();
    }

    @Test
    void a_batch_cannot_be_empty_or_carry_a_key_twice() {
        assertThatThrownBy(() -> UsageBatch.of(CLOUD, List.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UsageBatch.of(CLOUD, List.of(vmHour(0, "vm1", "1"), vmHour(0, "vm1", "2"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void batch_ids_are_letters_digits_dashes_and_underscores() {
        assertThat(BatchId.isWellFormed("batch_01-a")).isTrue();
        assertThat(BatchId.isWellFormed("batch 01")).isFalse();
        assertThat(BatchId.isWellFormed("x".repeat(65))).isFalse();
    }
}
