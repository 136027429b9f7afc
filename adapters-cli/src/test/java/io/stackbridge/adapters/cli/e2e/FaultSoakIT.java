package io.stackbridge.adapters.cli.e2e;

import io.stackbridge.adapters.cli.support.Await;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.LedgerEntry;
import io.stackbridge.domain.usage.UsageRecord;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The short version of {@code benchmarks/soak} (issue 11 §2): the bridge ({@code bridge run}) and the
 * emulator ({@code serve --data-dir}) each in its own JVM, seeded fault rules switching between
 * pushes, the bridge killed with SIGKILL five times and the emulator once. Afterwards Azure's ledger
 * holds every generated record exactly once, per subscription, meter and hour, the outbox is empty,
 * and every batch the emulator confirmed before its crash is still booked after it. Progress is read
 * from the emulator's batch list and journal, never guessed by waiting.
 */
class FaultSoakIT {

    private static final long SEED = 20261204L;
    private static final int BATCH_SIZE = 20;
    private static final Duration PHASE = Duration.ofSeconds(120);
    private static final Duration DRAIN = Duration.ofSeconds(180);
    private static final String REGISTRATION_SUBSCRIPTION = "aaaaaaaa-0002-4000-8000-000000000001";
    /** A handful of the long soak's faults: 503, 429 with Retry-After, a reset, a cut body, a delay. */
    private static final List<String> FAULTS = List.of(
            "{\"type\":\"returnError\",\"code\":\"ServiceUnavailable\"}", "{\"type\":\"returnError\",\"code\":\"TooManyRequests\"}",
            "{\"type\":\"resetConnection\"}", "{\"type\":\"partialBody\"}", "{\"type\":\"delay\",\"millis\":100}");
    private static final Pattern BATCH = Pattern.compile("\"resource\":\"[^\"]*/batches/([0-9a-f]+)\",\"outcome\":\"OK\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    @TempDir
    Path work;

    @Test
    void killed_five_times_under_switching_faults_and_the_emulator_once_the_ledger_ends_exact(TestReporter report) throws Exception {
        Random random = new Random(SEED);
        try (ServedEmulator emulator = ServedEmulator.start(work, SEED)) {
            Path stamp = work.resolve("stamp");
            cli(stamp, "stamp", "init", "--billing-model", "PayAsYouUse", "--azure", emulator.url().toString());
            cli(stamp, "stamp", "register", "--azure", emulator.url().toString(), "--ca", emulator.caPem().toString());
            cli(stamp, "usage", "simulate", "--hours", "16", "--seed", String.valueOf(SEED), "--until",
                    Instant.now().truncatedTo(ChronoUnit.HOURS).minus(4, ChronoUnit.HOURS).toString());
            List<UsageRecord> generated = CrashEvidence.generated(stamp);
            int batches = (generated.size() + BATCH_SIZE - 1) / BATCH_SIZE;
            assertThat(batches).as("enough batches for six kills").isGreaterThan(50);

            Set<String> confirmedBeforeCrash = HashSet.empty();
            for (int kill = 1; kill <= 5; kill++) {
                switchFault(emulator, kill, random);
                int target = batches * kill / 7 + random.nextInt(Math.max(1, batches / 14));
                try (Launched bridge = bridge(emulator, stamp, "run", "--interval", "1", "--attempts", "3")) {
                    Await.until(PHASE, target + " batches received", () -> {
                        assertThat(bridge.isAlive()).as("bridge run still running; " + bridge.transcript()).isTrue();
                        return received(emulator) >= target;
                    });
                    if (kill == 3) {
                        confirmedBeforeCrash = confirmed(emulator);
                        emulator.crashAndRestart();
                        report.publishEntry("emulator killed", confirmedBeforeCrash.size() + " confirmed batches before");
                    }
                    bridge.kill(PHASE);
                }
            }

            assertThat(emulator.admin("DELETE", "/faults", null).statusCode()).isEqualTo(204);
            try (Launched drain = bridge(emulator, stamp, "push")) {
                assertThat(drain.awaitExit(DRAIN)).as(drain.transcript()).isZero();
            }
            assertThat(confirmedBeforeCrash).as("confirmed batches seen before the emulator's crash").isNotEmpty();
            assertThat(batchIds(emulator)).as("every batch confirmed before the crash is still booked").containsAll(confirmedBeforeCrash);
            emulator.stop();
            assertExact(CrashEvidence.ledger(emulator.dataDir), generated);
            assertThat(CrashEvidence.pending(stamp)).as("the outbox is empty").isEmpty();
        }
    }

    @Test
    void the_exactness_check_fails_when_a_record_is_lost_counted_twice_or_billed_elsewhere() {
        Path stamp = work.resolve("stamp");
        cli(stamp, "stamp", "init", "--billing-model", "PayAsYouUse");
        cli(stamp, "usage", "simulate", "--hours", "2", "--until", "2026-12-01T00:00:00Z");
        List<UsageRecord> generated = CrashEvidence.generated(stamp);
        List<LedgerEntry> booked = generated.map(record -> booked(record, REGISTRATION_SUBSCRIPTION));

        assertExact(booked, generated);
        assertThatThrownBy(() -> assertExact(booked.tail(), generated)).as("a record lost").isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertExact(booked.append(booked.head()), generated)).as("a record counted twice")
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertExact(booked.tail().prepend(booked(generated.head(), "c0c0c0c0-0002-4000-8000-000000000001")), generated))
                .as("a record billed to another subscription").isInstanceOf(AssertionError.class);
    }

    private static LedgerEntry booked(UsageRecord record, String billedTo) {
        return new LedgerEntry(BatchId.derivedFrom(List.of(record)), RegistrationKey.of(REGISTRATION_SUBSCRIPTION, "azurestack", "azurestack-soak"),
                SubscriptionId.of(billedTo), record, Instant.EPOCH);
    }

    /** Exactly once: no record booked twice, every one booked, totals per billed subscription, meter and hour equal. */
    static void assertExact(List<LedgerEntry> ledger, List<UsageRecord> generated) {
        assertThat(ledger.map(entry -> entry.record().key()).distinct()).as("no record counted twice").hasSameSizeAs(ledger);
        assertThat(ledger.map(entry -> entry.record().key()).toSet()).as("every generated record booked")
                .isEqualTo(generated.map(UsageRecord::key).toSet());
        assertThat(ledger.map(entry -> entry.billedTo().value().toLowerCase(java.util.Locale.ROOT)).distinct())
                .as("billed to the registration's subscription").containsExactly(REGISTRATION_SUBSCRIPTION);
        assertThat(CrashEvidence.totals(ledger.map(LedgerEntry::record))).as("totals per meter and hour")
                .isEqualTo(CrashEvidence.totals(generated));
    }

    private static void switchFault(ServedEmulator emulator, int number, Random random) throws Exception {
        assertThat(emulator.admin("DELETE", "/faults", null).statusCode()).isEqualTo(204);
        String rule = "{\"id\":\"soak-" + number + "\",\"operation\":\"Usage_Push\",\"probability\":0.3,\"effect\":"
                + FAULTS.get(random.nextInt(FAULTS.size())) + "}";
        HttpResponse<String> added = emulator.admin("POST", "/faults", rule);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    }

    private static long received(ServedEmulator emulator) {
        try {
            Matcher total = TOTAL.matcher(emulator.admin("GET", "/usage/batches?limit=1", null).body());
            return total.find() ? Long.parseLong(total.group(1)) : 0;
        } catch (Exception notAnswering) {
            return 0;
        }
    }

    /** The batches the usage service answered 200 to, from the journal. */
    private static Set<String> confirmed(ServedEmulator emulator) throws Exception {
        String journal = emulator.admin("GET", "/journal?operation=Usage_Push&outcome=OK", null).body();
        return HashSet.ofAll(BATCH.matcher(journal).results().map(match -> match.group(1)).toList());
    }

    /** Every batch id the ledger lists, a page of 1000 at a time. */
    private static Set<String> batchIds(ServedEmulator emulator) throws Exception {
        Pattern id = Pattern.compile("\"id\":\"([0-9a-f]+)\"");
        Set<String> ids = HashSet.empty();
        for (int skip = 0; ; skip += 1000) {
            String page = emulator.admin("GET", "/usage/batches?limit=1000&skip=" + skip, null).body();
            Set<String> found = HashSet.ofAll(id.matcher(page).results().map(match -> match.group(1)).toList());
            ids = ids.addAll(found);
            if (found.size() < 1000) {
                return ids;
            }
        }
    }

    private static Launched bridge(ServedEmulator emulator, Path stamp, String command, String... more) throws Exception {
        return Launched.start(List.of("bridge", command, "--azure", emulator.url().toString(), "--ca", emulator.caPem().toString(),
                "--batch-size", String.valueOf(BATCH_SIZE), "--timeout", "5", "--data-dir", stamp.toString(), "--lang", "en")
                .appendAll(List.of(more)).toJavaArray(String[]::new));
    }

    private static void cli(Path stamp, String... words) {
        CliRun run = StackCli.run(List.of(words).appendAll(List.of("--data-dir", stamp.toString(), "--lang", "en")).toJavaArray(String[]::new));
        assertThat(run.exitCode()).as(String.join(" ", words) + ": " + run.out() + run.err()).isZero();
    }
}
