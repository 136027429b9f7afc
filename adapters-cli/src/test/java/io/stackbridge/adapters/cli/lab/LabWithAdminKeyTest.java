package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.emulator.AdminKeyChoice;
import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import io.stackbridge.adapters.cli.wiring.EmulatorLauncher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A lab breaks the emulator through its admin API: against an emulator with a generated key, it finds the key beside ca.pem, and is refused without it. */
class LabWithAdminKeyTest {

    private static final String HINT = "Hint: give this command the emulator’s admin key with --admin-key or the STACKBRIDGE_ADMIN_KEY "
            + "environment variable, or keep the admin-key file serve writes beside the file given with --ca.";

    private static Emulator emulator;

    @TempDir
    Path data;

    @TempDir
    Path elsewhere;

    @BeforeAll
    static void an_emulator_asking_for_a_generated_key() throws Exception {
        Path state = Files.createTempDirectory("stackbridge-lab-keyed-emulator");
        emulator = new EmulatorLauncher().start(EmulatorSettings.inProcess(state).withAdminKey(new AdminKeyChoice.Generate()))
                .getOrElseThrow(failure -> new AssertionError("the emulator did not start: " + failure));
    }

    @BeforeEach
    void back_to_the_initial_world() {
        emulator.reset();
    }

    @AfterAll
    static void stop() {
        emulator.stop();
    }

    @Test
    void the_lab_finds_the_key_serve_keeps_beside_ca_pem() {
        CliRun start = lab(emulator.caPem());

        assertThat(start.exitCode()).as(start.out() + start.err()).isZero();
        assertThat(start.out()).contains("This is what you meet:");
    }

    @Test
    void without_the_key_the_lab_cannot_break_anything() throws Exception {
        Path ca = Files.copy(emulator.caPem(), elsewhere.resolve("ca.pem"));

        CliRun start = lab(ca);

        assertThat(start.exitCode()).isNotZero();
        assertThat(start.out() + start.err()).contains("AdminKeyMissing");
        assertThat(start.err()).contains(HINT);
        assertThat(emulator.admin().listFaultRules().list().rules()).isEmpty();
    }

    @Test
    void an_azure_command_refused_for_its_key_says_how_to_give_one_in_the_users_language() throws Exception {
        Path ca = Files.copy(emulator.caPem(), elsewhere.resolve("ca.pem"));

        CliRun missing = StackCli.run("azure", "journal", "--azure", emulator.url().toString(), "--ca", ca.toString(), "--lang", "en");
        CliRun wrong = StackCli.run("azure", "journal", "--azure", emulator.url().toString(), "--ca", ca.toString(), "--lang", "fr",
                "--admin-key", "not-the-right-key-0123456789");

        assertThat(missing.err()).contains("AdminKeyMissing", HINT);
        assertThat(wrong.err()).contains("AdminKeyInvalid", "Astuce\u00a0: donnez à cette commande la clé d’administration de l’émulateur avec --admin-key");
    }

    private CliRun lab(Path ca) {
        return StackCli.run("lab", "start", LabName.NETWORK_ERROR.labName(), "--azure", emulator.url().toString(), "--ca", ca.toString(),
                "--timeout", "10", "--data-dir", data.toString(), "--lang", "en");
    }
}
