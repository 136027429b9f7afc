package io.stackbridge.adapters.cli.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import io.stackbridge.junit.StackBridgeEmulator;
import io.vavr.collection.List;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code azure} commands (and the stamp commands a test needs first) against one emulator, a stamp kept in {@code data}. */
record AzureCli(StackBridgeEmulator azure, Path data, String language) {

    private static final ObjectMapper JSON = new ObjectMapper();

    AzureCli inFrench() {
        return new AzureCli(azure, data, "fr");
    }

    /** {@code stackbridge azure WORDS --azure … --ca … --lang …}. */
    CliRun run(String... words) {
        return StackCli.run(List.of("azure").appendAll(List.of(words)).appendAll(reaching()).toJavaArray(String[]::new));
    }

    /** The same with {@code --output json}, succeeding, its standard output read as one JSON document. */
    JsonNode json(String... words) {
        CliRun run = run(List.of(words).appendAll(List.of("--output", "json")).toJavaArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        try {
            return JSON.readTree(run.out());
        } catch (java.io.IOException notJson) {
            throw new AssertionError("not one JSON document: " + run.out(), notJson);
        }
    }

    /** The same with {@code --data-dir}, so that the local stamp's registration is the default. */
    CliRun onStamp(String... words) {
        return run(List.of(words).appendAll(List.of("--data-dir", data.toString())).toJavaArray(String[]::new));
    }

    JsonNode jsonOnStamp(String... words) {
        return json(List.of(words).appendAll(List.of("--data-dir", data.toString())).toJavaArray(String[]::new));
    }

    /** A PayAsYouUse stamp registered with the emulator in {@code data}. */
    AzureCli registered() {
        CliRun init = StackCli.run("stamp", "init", "--billing-model", "PayAsYouUse", "--azure", azure.url().toString(),
                "--data-dir", data.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        CliRun register = stamp("stamp", "register");
        assertThat(register.exitCode()).as(register.err()).isZero();
        return this;
    }

    /** A stack-side command reaching the emulator with the stamp in {@code data}. */
    CliRun stamp(String... words) {
        return StackCli.run(List.of(words).appendAll(List.of("--data-dir", data.toString())).appendAll(reaching())
                .toJavaArray(String[]::new));
    }

    private List<String> reaching() {
        return List.of("--azure", azure.url().toString(), "--ca", azure.caPem().toString(), "--lang", language);
    }
}
