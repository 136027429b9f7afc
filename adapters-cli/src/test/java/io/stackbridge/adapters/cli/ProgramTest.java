package io.stackbridge.adapters.cli;

import io.stackbridge.adapters.cli.support.CliRun;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The top command: help, version, and the usage errors that end with exit code 2 and no stack trace. */
class ProgramTest {

    @Test
    void help_lists_the_serve_command_and_exits_0() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: stackbridge", "serve");
    }

    @Test
    void version_names_the_project_version() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().trim()).matches("stackbridge \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void no_command_is_a_usage_error() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Choose a command", "Usage: stackbridge");
    }

    @Test
    void an_unknown_command_is_a_usage_error_without_a_stack_trace() {
        CliRun run = CliRun.of("frobnicate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("frobnicate").doesNotContain("Exception", "\tat ");
    }
}
