package io.stackbridge.adapters.cli.console;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A misspelt option never sends the value meant for the real one back to the console; a misspelt command name still gets its suggestion. */
class UnknownOptionValuesTest {

    private static final String SECRET = "S3CRET-meant-for-the-real-option";

    @Test
    void the_value_after_a_misspelt_option_is_hidden_and_the_option_still_named() {
        CliRun run = StackCli.run("stamp", "init", "--client-secrte", SECRET);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out() + run.err()).doesNotContain(SECRET);
        assertThat(run.err()).contains("--client-secrte", UnknownOptionValues.HIDDEN);
    }

    @Test
    void the_value_after_the_equals_sign_of_a_misspelt_option_is_hidden_too() {
        CliRun run = StackCli.run("azure", "fault", "list", "--admin-kye=" + SECRET);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out() + run.err()).doesNotContain(SECRET);
        assertThat(run.err()).contains("--admin-kye=" + UnknownOptionValues.HIDDEN);
    }

    @Test
    void a_misspelt_command_name_follows_no_option_and_is_shown_as_typed() {
        CliRun run = StackCli.run("stamp", "inti");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("inti");
    }
}
