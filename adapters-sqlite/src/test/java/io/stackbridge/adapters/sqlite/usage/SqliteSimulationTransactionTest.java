package io.stackbridge.adapters.sqlite.usage;

import io.stackbridge.adapters.sqlite.db.DatabaseFile;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.adapters.sqlite.db.SqliteTransactions;
import io.stackbridge.application.contract.OutboxWatch;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase.Simulation;
import io.stackbridge.application.port.out.UsageOutboxPort;
import io.stackbridge.application.service.localusage.LocalUsageFixtures;
import io.stackbridge.application.service.localusage.SimulateWorkloadService;
import io.stackbridge.domain.localusage.workload.WorkloadSettings;
import io.stackbridge.domain.localusage.workload.WorkloadSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Over SQLite, a simulation stores its records and enqueues them in one transaction: both, or neither. */
class SqliteSimulationTransactionTest {

    private static final Instant FIFTEEN = Instant.parse("2026-11-20T15:00:00Z");

    @RegisterExtension
    final DatabaseFile file = new DatabaseFile();

    @Test
    void when_enqueuing_fails_the_records_just_stored_are_rolled_back() {
        SqliteDatabase database = file.open();
        SqliteLocalUsageStore store = new SqliteLocalUsageStore(database);
        SqliteUsageOutbox outbox = new SqliteUsageOutbox(database);

        assertThatThrownBy(() -> simulation(store, failingAfterWriting(outbox)).simulate(new Simulation(FIFTEEN, 24)))
                .isInstanceOf(IllegalStateException.class);

        assertThat(store.reportedBetween(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"))).isEmpty();
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void a_simulation_that_succeeds_leaves_the_same_records_in_the_store_and_the_outbox_after_a_restart() {
        SqliteDatabase database = file.open();
        int records = simulation(new SqliteLocalUsageStore(database), new SqliteUsageOutbox(database))
                .simulate(new Simulation(FIFTEEN, 24)).get().records();
        database = file.reopen();

        assertThat(records).isPositive();
        assertThat(new SqliteLocalUsageStore(database).reportedBetween(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z")))
                .hasSize(records);
        assertThat(new SqliteUsageOutbox(database).pendingCount()).isEqualTo(records);
    }

    private SimulateWorkloadService simulation(SqliteLocalUsageStore store, UsageOutboxPort outbox) {
        WorkloadSettings settings = WorkloadSettings.of(42, LocalUsageFixtures.directory().tenants()).withStacksPerTenant(1);
        return new SimulateWorkloadService(new WorkloadSimulator(settings), store, outbox, () -> LocalUsageFixtures.NOW,
                new SqliteTransactions(file.open()));
    }

    /** The SQLite outbox, whose enqueue writes its rows and then fails, as a process killed before the end of the step would. */
    private static UsageOutboxPort failingAfterWriting(SqliteUsageOutbox outbox) {
        return new OutboxWatch(outbox, records -> { }, records -> {
            throw new IllegalStateException("stopped before the unit of work ended");
        });
    }
}
