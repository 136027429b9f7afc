package io.stackbridge.adapters.cli.stack;

import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import io.stackbridge.junit.StackBridgeEmulator;
import io.vavr.collection.List;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A stamp's data directory in a test, and the emulator it reaches: commands run with it in English (or French) and ASCII marks. */
record StampDirectory(Path data, StackBridgeEmulator azure, String language) {

    static StampDirectory of(Path data, StackBridgeEmulator azure) {
        return new StampDirectory(data, azure, "en");
    }

    StampDirectory inFrench() {
        return new StampDirectory(data, azure, "fr");
    }

    /** A command that stays on the stamp. */
    CliRun local(String... words) {
        return StackCli.run(args(List.of(words)));
    }

    /** A command that reaches the emulator. */
    CliRun remote(String... words) {
        return StackCli.run(args(List.of(words).appendAll(azureArgs())));
    }

    /** The command line of a command that reaches the emulator, for a program a test puts together itself. */
    String[] remoteArgs(String... words) {
        return args(List.of(words).appendAll(azureArgs()));
    }

    /** A command that reaches the emulator, with {@code input} on its standard input. */
    CliRun remoteWithInput(String input, String... words) {
        return StackCli.withInput(input, args(List.of(words).appendAll(azureArgs())));
    }

    List<String> azureArgs() {
        return List.of("--azure", azure.url().toString(), "--ca", azure.caPem().toString());
    }

    /** A PayAsYouUse stamp, registered and activated with the emulator. */
    StampDirectory registered() {
        assertThat(local("stamp", "init", "--billing-model", "PayAsYouUse", "--azure", azure.url().toString()).exitCode()).isZero();
        CliRun register = remote("stamp", "register");
        assertThat(register.exitCode()).as(register.err()).isZero();
        return this;
    }

    /** Simulated usage of the {@code hours} hours ending four hours ago, all of it reported by now. */
    CliRun simulated(int hours) {
        String until = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).minusSeconds(4 * 3600).toString();
        return local("usage", "simulate", "--hours", String.valueOf(hours), "--until", until);
    }

    private String[] args(List<String> words) {
        return words.appendAll(List.of("--data-dir", data.toString(), "--lang", language, "--ascii")).toJavaArray(String[]::new);
    }
}
