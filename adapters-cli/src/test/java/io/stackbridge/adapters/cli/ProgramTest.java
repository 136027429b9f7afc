package io.stackbridge.adapters.cli;

import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
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

    // Only the named command (or group) is given to picocli; with the whole program, these lines show nothing else changes.

    @Test
    void help_lists_every_command_of_every_group() {
        CliRun run = StackCli.run("--help");

        assertThat(run.out()).contains("bridge", "serve", "stamp", "usage").doesNotContain("training-run");
    }

    @Test
    void a_group_alone_is_a_usage_error_listing_all_its_commands() {
        CliRun run = StackCli.run("stamp");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("activate", "deactivate", "init", "properties", "register", "token");
    }

    @Test
    void a_misspelt_command_of_a_group_is_a_usage_error_that_suggests_the_right_one() {
        CliRun run = StackCli.run("stamp", "propertis");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("propertis", "properties").doesNotContain("Exception", "\tat ");
    }

    @Test
    void a_named_command_answers_its_own_help() {
        CliRun run = StackCli.run("bridge", "status", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: stackbridge bridge status").doesNotContain("bridge push");
    }
}
