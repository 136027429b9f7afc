package io.stackbridge.adapters.cli.e2e;

import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import io.stackbridge.adapters.cli.wiring.EmulatorLauncher;
import io.stackbridge.application.port.in.admin.ReadJournalUseCase.JournalQuery;
import io.stackbridge.domain.fault.FaultEffect;
import io.stackbridge.domain.fault.FaultMatch;
import io.stackbridge.domain.fault.FaultRule;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.journal.JournalEntry;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stage of a crash test: an emulator in this JVM keeping its state in a data directory, a
 * registered PayAsYouUse stamp in another, simulated usage, and the bridge as child processes.
 */
final class CrashScene implements AutoCloseable {

    static final int BATCH_SIZE = 20;

    final Path stampDir;
    final Path azureDir;
    final Emulator emulator;

    private CrashScene(Path work, Emulator emulator) {
        this.stampDir = work.resolve("stamp");
        this.azureDir = work.resolve("azure");
        this.emulator = emulator;
    }

    /** The emulator started, the stamp registered with it, {@code hours} hours of usage reported and waiting in the outbox. */
    static CrashScene start(Path work, int hours) {
        Emulator emulator = new EmulatorLauncher().start(EmulatorSettings.inProcess(work.resolve("state")), Option.some(work.resolve("azure")))
                .getOrElseThrow(failure -> new IllegalStateException("the emulator did not start: " + failure));
        CrashScene scene = new CrashScene(work, emulator);
        scene.cli("stamp", "init", "--billing-model", "PayAsYouUse", "--azure", emulator.url().toString());
        scene.cli(scene.withAzure("stamp", "register"));
        String until = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(4, ChronoUnit.HOURS).toString();
        scene.cli("usage", "simulate", "--hours", String.valueOf(hours), "--until", until);
        return scene;
    }

    void addFault(String id, FaultEffect effect, Option<Integer> times) {
        emulator.admin().addFaultRule().add(new FaultRule(id, FaultMatch.operation(Operation.Usage_Push), 1.0, times, effect));
    }

    /** {@code ./stackbridge bridge …} as a child process on this stamp and this emulator, batches of {@value #BATCH_SIZE}. */
    Launched bridge(String command, String... more) throws IOException {
        return Launched.start(List.of("bridge", command).appendAll(List.of(withAzure())).appendAll(List.of("--batch-size",
                String.valueOf(BATCH_SIZE), "--data-dir", stampDir.toString(), "--lang", "en")).appendAll(List.of(more)).toJavaArray(String[]::new));
    }

    /** Distinct batches the usage service answered 200 to (a resend of a batch counts once). */
    int acceptedBatches() {
        return journal(JournalEntry.OK).map(JournalEntry::resource).distinct().size();
    }

    /** Pushes that ended with {@code outcome} (a code, or a connection-level fault's name). */
    List<JournalEntry> journal(String outcome) {
        return emulator.admin().readJournal().read(new JournalQuery(Option.some(Operation.Usage_Push), Option.some(outcome), Option.none()));
    }

    private String[] withAzure(String... words) {
        return List.of(words).appendAll(List.of("--azure", emulator.url().toString(), "--ca", emulator.caPem().toString()))
                .toJavaArray(String[]::new);
    }

    private void cli(String... words) {
        CliRun run = StackCli.run(List.of(words).appendAll(List.of("--data-dir", stampDir.toString(), "--lang", "en"))
                .toJavaArray(String[]::new));
        assertThat(run.exitCode()).as(String.join(" ", words) + ": " + run.out() + run.err()).isZero();
    }

    @Override
    public void close() {
        emulator.stop();
    }
}
