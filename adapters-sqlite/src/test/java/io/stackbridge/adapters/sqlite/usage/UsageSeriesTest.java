package io.stackbridge.adapters.sqlite.usage;

import io.stackbridge.application.contract.StoredRecords;
import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.stackbridge.domain.usage.UsageWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A series and a stored hour give back the very text a record key has, which orders the outbox. */
class UsageSeriesTest {

    @Test
    void the_key_text_from_the_stored_parts_is_the_canonical_text_of_the_key() {
        UsageRecordKey key = new UsageRecordKey(SubscriptionId.of("ABCDEF01-0002-4000-8000-00000000000A"),
                MeterId.of("FAB6EB84500B4A09A8CA7358F8BBAEA5"), "/subscriptions/x/vm|1", UsageWindow.startingAt(StoredRecords.DAY));

        String text = UsageSeries.of(key).keyText(UsageSeries.hourText(StoredUsageRow.hourOf(key.window().start())));

        assertThat(text).isEqualTo(key.canonical());
    }
}
