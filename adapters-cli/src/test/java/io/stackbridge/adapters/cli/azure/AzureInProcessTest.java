package io.stackbridge.adapters.cli.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code azure …} on a fresh fake in this process ({@code --azure in-process}), and its usage errors, reaching no emulator. */
class AzureInProcessTest {

    @Test
    void the_world_of_a_fresh_fake_reads_as_one_json_document_without_secrets() throws Exception {
        CliRun world = StackCli.run("azure", "world", "--azure", "in-process", "--output", "json");

        assertThat(world.exitCode()).as(world.err()).isZero();
        JsonNode read = new ObjectMapper().readTree(world.out());
        assertThat(read.get("principals")).isNotEmpty();
        assertThat(world.out()).doesNotContain("secret");
    }

    @Test
    void a_preset_is_put_in_force_in_process_and_an_unknown_one_is_a_usage_error() {
        CliRun added = StackCli.run("azure", "faults", "add", "--preset", "usage-timeout", "--azure", "in-process");
        CliRun unknown = StackCli.run("azure", "faults", "add", "--preset", "meteor-strike", "--azure", "in-process", "--lang", "fr");

        assertThat(added.exitCode()).isZero();
        assertThat(added.out()).startsWith("Fault rule usage-timeout in force (slow).");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).startsWith("Cette valeur d’option est inutilisable\u00a0: ");
    }

    @Test
    void a_group_without_its_command_is_a_usage_error_naming_the_whole_group() {
        CliRun faults = StackCli.run("azure", "faults");

        assertThat(faults.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(faults.err()).contains("stackbridge azure faults --help");
    }
}
