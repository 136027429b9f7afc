package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import io.stackbridge.adapters.cli.wiring.EmulatorLauncher;
import io.vavr.collection.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labs' tests: one emulator for the test class on a free port (back to its initial world before
 * each test), and a trainee's fresh data directory; commands run through the whole program in English,
 * with short timeouts so that a request held by a fault gives up quickly.
 */
abstract class LabTestBase {

    static Emulator emulator;

    @TempDir
    Path data;

    /** Seconds a command waits for an answer: enough for a cold first sign-in, short where a lab holds requests on purpose. */
    String timeout = "10";

    @BeforeAll
    static void an_emulator() throws Exception {
        Path state = Files.createTempDirectory("stackbridge-lab-emulator");
        emulator = new EmulatorLauncher().start(EmulatorSettings.inProcess(state))
                .getOrElseThrow(failure -> new AssertionError("the emulator did not start: " + failure));
    }

    @AfterAll
    static void stop() {
        emulator.stop();
    }

    @BeforeEach
    void a_fresh_emulator() {
        emulator.reset();
    }

    /** The fixes a trainee applies on the Azure side. */
    TraineeFixes fix() {
        return new TraineeFixes(emulator, data);
    }

    /** A command of the trainee's against the emulator and the data directory. */
    CliRun run(String... words) {
        return StackCli.run(List.of(words).appendAll(List.of("--azure", emulator.url().toString(), "--ca", emulator.caPem().toString(),
                "--timeout", timeout, "--data-dir", data.toString(), "--lang", "en")).toJavaArray(String[]::new));
    }

    /** A command that stays on the stamp (hint, list). */
    CliRun local(String... words) {
        return StackCli.run(List.of(words).appendAll(List.of("--data-dir", data.toString(), "--lang", "en")).toJavaArray(String[]::new));
    }

    /** Starts the lab and checks that its problem is there: the start shows a symptom with the lab's code, and check fails. */
    CliRun startedAndBroken(LabName lab, int checkExit) {
        CliRun start = run("lab", "start", lab.labName());
        assertThat(start.exitCode()).as(start.out() + start.err()).isZero();
        assertThat(start.out()).contains("This is what you meet:", "  " + lab.code() + ": ", "stackbridge lab check " + lab.labName());
        CliRun check = run("lab", "check", lab.labName());
        assertThat(check.exitCode()).as(check.out() + check.err()).isEqualTo(checkExit);
        assertThat(check.out()).contains("Lab " + lab.labName() + " is not fixed yet");
        return start;
    }

    /** After the documented fix, check passes and says so. */
    void fixed(LabName lab) {
        CliRun check = run("lab", "check", lab.labName());
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).startsWith("Lab " + lab.labName() + " is fixed:");
    }

    /** A command the fix needs, which must succeed. */
    CliRun ok(String... words) {
        CliRun done = run(words);
        assertThat(done.exitCode()).as(String.join(" ", words) + ": " + done.out() + done.err()).isZero();
        return done;
    }
}
