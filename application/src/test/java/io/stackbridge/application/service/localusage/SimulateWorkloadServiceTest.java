package io.stackbridge.application.service.localusage;

import io.stackbridge.application.contract.OutboxWatch;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase.Simulated;
import io.stackbridge.application.port.in.localusage.SimulateWorkloadUseCase.Simulation;
import io.stackbridge.application.port.out.LocalUsageStorePort;
import io.stackbridge.domain.error.UsageApiError.InvalidProperty;
import io.stackbridge.domain.localusage.workload.WorkloadSettings;
import io.stackbridge.domain.localusage.workload.WorkloadSimulator;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class SimulateWorkloadServiceTest {

    private static final Instant FIFTEEN = Instant.parse("2026-11-20T15:00:00Z");

    private final LocalUsageServices services = LocalUsageServices.of(42, 1);

    @Test
    void the_simulated_records_enter_the_store_and_the_outbox() {
        Simulated simulated = services.simulate.simulate(new Simulation(FIFTEEN, 48)).get();

        assertThat(simulated.from()).isEqualTo(Instant.parse("2026-11-18T15:00:00Z"));
        assertThat(simulated.to()).isEqualTo(FIFTEEN);
        assertThat(simulated.records()).isGreaterThan(48 * 4);
        assertThat(services.store.size()).isEqualTo(simulated.records());
        assertThat(services.outbox.pendingCount()).isEqualTo(simulated.records());
        assertThat(services.outbox.oldestPendingHour()).contains(simulated.from());
    }

    @Test
    void simulating_the_same_hours_again_adds_nothing() {
        services.simulate.simulate(new Simulation(FIFTEEN, 48));
        int stored = services.store.size();

        services.simulate.simulate(new Simulation(FIFTEEN, 48));
        services.simulate.simulate(new Simulation(FIFTEEN.minusSeconds(3600 * 10), 5));

        assertThat(services.store.size()).isEqualTo(stored);
        assertThat(services.outbox.pendingCount()).isEqualTo(stored);
    }

    @Test
    void overlapping_simulations_add_only_the_new_hours() {
        int oneDay = services.simulate.simulate(new Simulation(FIFTEEN, 24)).get().records();
        services.simulate.simulate(new Simulation(FIFTEEN, 48));

        assertThat(services.store.size()).isEqualTo(services.simulate.simulate(new Simulation(FIFTEEN.minusSeconds(24 * 3600), 24))
                .get().records() + oneDay);
    }

    @Test
    void records_reported_after_the_stamps_now_wait_for_a_later_run() {
        Simulated early = services.simulate.simulate(new Simulation(FIFTEEN, 6)).get();

        assertThat(early.notYetReported()).isPositive();
        assertThat(services.store.reportedBetween(Instant.EPOCH, Instant.MAX).map(record -> record.reportedAt()))
                .allMatch(reported -> !reported.isAfter(LocalUsageFixtures.NOW));
        assertThat(services.outbox.pendingCount()).isEqualTo(early.records());

        services.at(FIFTEEN.plusSeconds(4 * 3600));
        Simulated later = services.simulate.simulate(new Simulation(FIFTEEN, 6)).get();

        assertThat(later.notYetReported()).isZero();
        assertThat(later.records()).isEqualTo(early.records() + early.notYetReported());
        assertThat(services.store.size()).isEqualTo(later.records());
        assertThat(services.outbox.pendingCount()).isEqualTo(later.records());
    }

    @Test
    void hours_that_end_after_now_give_nothing_yet() {
        Simulated future = services.simulate.simulate(new Simulation(FIFTEEN.plusSeconds(5 * 3600), 2)).get();

        assertThat(future.records()).isZero();
        assertThat(future.notYetReported()).isPositive();
        assertThat(services.store.size()).isZero();
    }

    @Test
    void an_end_off_the_hour_or_a_count_of_hours_out_of_range_is_refused_and_stores_nothing() {
        assertThat(((InvalidProperty) services.simulate.simulate(new Simulation(FIFTEEN.plusSeconds(60), 1)).getLeft()).property())
                .isEqualTo("endingAt");
        assertThat(((InvalidProperty) services.simulate.simulate(new Simulation(FIFTEEN, 0)).getLeft()).property()).isEqualTo("hours");
        assertThat(services.simulate.simulate(new Simulation(FIFTEEN, 24 * 367)).isLeft()).isTrue();
        assertThat(services.store.size()).isZero();
        assertThat(services.units.run()).isZero();
    }

    @Test
    void the_store_and_the_outbox_receive_the_records_in_one_unit_of_work() {
        UnitsOfWork units = new UnitsOfWork();
        java.util.List<String> calls = new ArrayList<>();
        ListUsageStore store = new ListUsageStore();
        ListOutbox outbox = new ListOutbox();
        SimulateWorkloadService simulate = new SimulateWorkloadService(
                new WorkloadSimulator(WorkloadSettings.of(42, LocalUsageFixtures.directory().tenants()).withStacksPerTenant(1)),
                new LocalUsageStorePort() {
                    @Override
                    public void append(Seq<UsageRecord> more) {
                        calls.add("store in unit " + units.current());
                        store.append(more);
                    }

                    @Override
                    public List<UsageRecord> reportedBetween(Instant from, Instant to) {
                        return store.reportedBetween(from, to);
                    }
                },
                new OutboxWatch(outbox, records -> calls.add("outbox in unit " + units.current()), records -> { }),
                () -> LocalUsageFixtures.NOW, units);

        simulate.simulate(new Simulation(FIFTEEN, 48));
        simulate.simulate(new Simulation(FIFTEEN, 48));

        assertThat(io.vavr.collection.List.ofAll(calls).distinct())
                .containsExactly("store in unit 1", "outbox in unit 1", "store in unit 2", "outbox in unit 2");
        assertThat(outbox.pendingCount()).isEqualTo(store.size()).isPositive();
    }

    @Test
    void a_scale_runs_more_stacks_whose_records_include_the_unscaled_ones_and_a_scale_out_of_range_is_refused() {
        LocalUsageServices single = LocalUsageServices.of(42, 1);
        LocalUsageServices triple = LocalUsageServices.of(42, 1);

        int one = single.simulate.simulate(new Simulation(FIFTEEN, 48)).get().records();
        Simulated three = triple.simulate.simulate(new Simulation(FIFTEEN, 48, 3)).get();

        assertThat(three.records()).isGreaterThan(2 * one).isEqualTo(triple.store.size()).isEqualTo(triple.outbox.pendingCount());
        assertThat(triple.store.reportedBetween(Instant.EPOCH, FIFTEEN.plusSeconds(86_400)))
                .containsAll(single.store.reportedBetween(Instant.EPOCH, FIFTEEN.plusSeconds(86_400)));
        assertThat(((InvalidProperty) single.simulate.simulate(new Simulation(FIFTEEN, 1, 0)).getLeft()).property()).isEqualTo("scale");
        assertThat(single.simulate.simulate(new Simulation(FIFTEEN, 1, SimulateWorkloadService.MAX_SCALE + 1)).isLeft()).isTrue();
    }

    @Test
    void a_run_larger_than_a_chunk_hands_over_every_record_once() {
        LocalUsageServices services = LocalUsageServices.of(42, 1);

        Simulated simulated = services.simulate.simulate(new Simulation(FIFTEEN, 72, 4)).get();

        assertThat(simulated.records()).isGreaterThan(3 * SimulateWorkloadService.CHUNK);
        assertThat(services.store.size()).isEqualTo(simulated.records());
        assertThat(services.outbox.pendingCount()).isEqualTo(simulated.records());
    }
}
