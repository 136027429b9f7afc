package io.stackbridge.adapters.sqlite.usage;

import io.stackbridge.adapters.sqlite.db.DatabaseFile;
import io.stackbridge.application.contract.StoredRecords;
import io.stackbridge.application.contract.UsageOutboxContract;
import io.stackbridge.application.port.out.UsageOutboxPort;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox contract, met by SQLite in a file; and what only a file can show: pending and sent survive a restart. */
class SqliteUsageOutboxTest extends UsageOutboxContract {

    @RegisterExtension
    final DatabaseFile file = new DatabaseFile();

    @Override
    protected UsageOutboxPort createOutbox() {
        return new SqliteUsageOutbox(file.open());
    }

    @Test
    void after_a_restart_pending_records_are_still_pending_and_sent_ones_stay_sent() {
        List<UsageRecord> records = StoredRecords.hours(4, "vm-0");
        outbox.enqueue(records);
        outbox.markSent(BatchId.derivedFrom(records.take(1)), records.take(1).map(UsageRecord::key));
        UsageOutboxPort reopened = new SqliteUsageOutbox(file.reopen());
        reopened.enqueue(records);

        assertThat(reopened.oldestPending(10)).containsExactlyElementsOf(records.drop(1));
    }

    @Test
    void a_negative_page_size_is_an_empty_page_as_in_memory() {
        outbox.enqueue(StoredRecords.hours(2, "vm-0"));

        assertThat(outbox.oldestPending(-1)).isEmpty();
    }
}
