package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import io.stackbridge.junit.StackBridgeEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code azure …} against an emulator whose admin API asks for a key: refused without it or with a wrong one; the option or the file beside --ca opens it. */
class AzureAdminKeyTest {

    private static final String KEY = "the-teams-admin-key-0123456789";

    @RegisterExtension
    static StackBridgeEmulator azure = StackBridgeEmulator.builder().adminKey(KEY).build();

    @TempDir
    Path elsewhere;

    @Test
    void without_a_key_the_command_is_refused_with_the_coded_401_and_its_exit_code() {
        CliRun run = faultList(azure.caPem());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("AdminKeyMissing").contains("X-StackBridge-Admin-Key");
    }

    @Test
    void a_wrong_key_is_refused_and_never_repeated() {
        CliRun run = faultList(azure.caPem(), "--admin-key", "not-the-teams-key-0123456789");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("AdminKeyInvalid").doesNotContain("not-the-teams-key-0123456789");
    }

    @Test
    void the_option_opens_the_admin_api() {
        CliRun run = faultList(azure.caPem(), "--admin-key", KEY);

        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void the_admin_key_file_beside_the_ca_file_opens_it_and_the_option_wins_over_it() throws Exception {
        Path ca = Files.copy(azure.caPem(), elsewhere.resolve("ca.pem"));
        Files.writeString(elsewhere.resolve("admin-key"), KEY + "\n");

        assertThat(faultList(ca).exitCode()).isZero();
        assertThat(faultList(ca, "--admin-key", "not-the-teams-key-0123456789").exitCode()).isEqualTo(ExitCodes.REFUSED);
    }

    @Test
    void a_key_that_breaks_the_rule_is_a_usage_error_that_does_not_repeat_it() {
        CliRun run = faultList(azure.caPem(), "--admin-key", "short key");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("AdminKeyUnusable", "--admin-key").doesNotContain("short key");
    }

    @Test
    void the_kit_tells_the_key_it_was_given() {
        assertThat(azure.adminKey()).contains(KEY);
    }

    private static CliRun faultList(Path ca, String... more) {
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of("azure", "faults", "list", "--azure", azure.url().toString(),
                "--ca", ca.toString()));
        words.addAll(java.util.List.of(more));
        return StackCli.run(words.toArray(String[]::new));
    }
}
