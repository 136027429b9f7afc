package io.stackbridge.adapters.cli.e2e;

import io.stackbridge.adapters.cli.support.Await;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageRecordKey;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bridge as a separate JVM ({@code ./stackbridge bridge run}) killed with SIGKILL while it
 * pushes, then restarted until the outbox is empty: Azure's ledger must hold every generated record
 * exactly once, totals per meter and hour equal to the last decimal. The emulator runs in this JVM
 * and keeps its ledger in SQLite; progress is read from its journal, never guessed by waiting.
 */
class BridgeCrashIT {

    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final Duration DRAIN = Duration.ofSeconds(180);

    @TempDir
    Path work;

    @Test
    void a_bridge_killed_twice_mid_push_delivers_every_record_exactly_once(TestReporter report) throws Exception {
        try (CrashScene scene = CrashScene.start(work, 8)) {
            List<UsageRecord> generated = CrashEvidence.generated(scene.stampDir);
            int batches = (generated.size() + CrashScene.BATCH_SIZE - 1) / CrashScene.BATCH_SIZE;
            assertThat(batches).as("enough batches to kill in the middle").isBetween(25, 80);
            scene.addFault("slow-usage", new FaultEffect.Delay(Duration.ofMillis(150)), Option.none());

            int firstKill = killAfter(scene, 5, report);
            int secondKill = killAfter(scene, firstKill + 6, report);
            assertThat(secondKill).as("killed before the end").isLessThan(batches);
            try (Launched drain = scene.bridge("push")) {
                assertThat(drain.awaitExit(DRAIN)).as(drain.transcript()).isZero();
            }

            assertDeliveredExactlyOnce(scene, generated);
        }
    }

    @Test
    void a_bridge_killed_after_azure_booked_a_batch_but_before_it_marked_it_sent_resends_it_and_azure_counts_it_once() throws Exception {
        try (CrashScene scene = CrashScene.start(work, 3)) {
            List<UsageRecord> generated = CrashEvidence.generated(scene.stampDir);
            scene.addFault("cut-answer", new FaultEffect.PartialBody(), Option.some(1));

            try (Launched bridge = scene.bridge("run")) {
                Await.until(STARTUP, "a push whose answer was cut", () -> !scene.journal("PartialBody").isEmpty());
                bridge.kill(STARTUP);
            }
            List<UsageRecordKey> booked = CrashEvidence.ledger(scene.azureDir).map(entry -> entry.record().key());
            assertThat(booked).as("Azure booked the first batch").hasSize(CrashScene.BATCH_SIZE);
            assertThat(CrashEvidence.pending(scene.stampDir)).as("the stamp still waits for its confirmation").containsAll(booked);

            try (Launched drain = scene.bridge("push")) {
                assertThat(drain.awaitExit(DRAIN)).as(drain.transcript()).isZero();
                assertThat(drain.out()).anyMatch(line -> line.contains("(1 of them it already had)"));
            }

            assertDeliveredExactlyOnce(scene, generated);
        }
    }

    /** Starts {@code bridge run}, kills it once Azure accepted at least {@code accepted} batches; the batches accepted by then. */
    private static int killAfter(CrashScene scene, int accepted, TestReporter report) throws Exception {
        try (Launched bridge = scene.bridge("run")) {
            Await.until(STARTUP, accepted + " accepted batches", () -> {
                assertThat(bridge.isAlive()).as("bridge run still running; " + bridge.transcript()).isTrue();
                return scene.acceptedBatches() >= accepted;
            });
            bridge.kill(STARTUP);
        }
        int done = scene.acceptedBatches();
        var pending = CrashEvidence.pending(scene.stampDir);
        boolean inTheWindow = CrashEvidence.ledger(scene.azureDir).exists(entry -> pending.contains(entry.record().key()));
        report.publishEntry("killed after " + done + " accepted batches",
                inTheWindow ? "between Azure's booking and the stamp's mark-sent" : "outside that window");
        return done;
    }

    private static void assertDeliveredExactlyOnce(CrashScene scene, List<UsageRecord> generated) {
        List<LedgerEntry> ledger = CrashEvidence.ledger(scene.azureDir);
        assertThat(ledger.map(entry -> entry.record().key()).distinct()).as("no record counted twice").hasSameSizeAs(ledger);
        assertThat(ledger.map(entry -> entry.record().key()).toSet()).as("every generated record booked")
                .isEqualTo(generated.map(UsageRecord::key).toSet());
        assertThat(CrashEvidence.totals(ledger.map(LedgerEntry::record))).as("totals per meter and hour")
                .isEqualTo(CrashEvidence.totals(generated));
        assertThat(CrashEvidence.pending(scene.stampDir)).as("the outbox is empty").isEmpty();
    }
}
