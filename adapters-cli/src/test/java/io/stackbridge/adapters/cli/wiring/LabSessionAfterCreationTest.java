package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.lab.LabRunner;
import io.stackbridge.adapters.cli.stack.AzureChoice;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.domain.text.Language;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lab that makes its stamp runs its session once that stamp is committed, not inside the transaction that creates
 * it: a bridge run reads its next batch on a thread of its own, which would otherwise wait for that transaction for
 * ever while the session waits for it (a hang that showed only when the outbox held more than one batch).
 */
class LabSessionAfterCreationTest {

    @TempDir
    Path state;

    @TempDir
    Path data;

    @Test
    void the_session_on_a_new_stamp_can_read_it_from_another_thread() {
        Emulator emulator = new EmulatorLauncher().start(EmulatorSettings.inProcess(state))
                .getOrElseThrow(failure -> new AssertionError("the emulator did not start: " + failure));
        try {
            AzureChoice.Emulator reach = new AzureChoice.Emulator(emulator.url(), emulator.caPem(), Duration.ofSeconds(10));
            StringWriter out = new StringWriter();
            ConsoleOutput console = new ConsoleOutput(new PrintWriter(out), new PrintWriter(out));
            LabRunner runner = new LabRunner(console, new StackLauncher(), new AzureConsole(), StackModule.defaults());
            StackRequest request = new StackRequest(data, Option.some(reach), StackRequest.DEFAULT_BATCH_SIZE, 1,
                    StackRequest.DEFAULT_SEED, Duration.ZERO);

            Either<?, Integer> ran = runner.open(request, reach, StackConsole.of(console, Language.EN), true, session -> {
                try {
                    return CompletableFuture.supplyAsync(() -> session.stamp().readRegionProperties().properties())
                            .get(20, TimeUnit.SECONDS) != null ? 0 : 1;
                } catch (Exception stuck) {
                    return 9;
                }
            });

            assertThat(ran.isRight()).as(out.toString()).isTrue();
            assertThat(ran.get()).as("a read of the new stamp from another thread while the session runs").isZero();
        } finally {
            emulator.stop();
        }
    }
}
