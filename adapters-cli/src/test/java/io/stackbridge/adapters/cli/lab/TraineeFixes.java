package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import io.vavr.collection.List;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented fixes a trainee applies on the Azure side, with the product's {@code azure} commands;
 * the registration they act on is the local stamp's (its data directory given).
 */
record TraineeFixes(Emulator emulator, Path data) {

    void removeFault(String id) {
        azure("faults", "remove", id);
    }

    /**
     * The intercepting proxy's rule, removed as hint 3 says: while it is in force the admin API presents the
     * proxy's certificate too, which the terminal trusts from the PEM the emulator wrote beside ca.pem.
     */
    void removeInterceptingProxy() {
        azure("faults", "remove", "tls-interception");
    }

    void approve() {
        azure("approve", "--data-dir", data.toString());
    }

    void tenantAdd(String customerSubscription) {
        azure("tenant", "add", customerSubscription, "--data-dir", data.toString());
    }

    private CliRun azure(String... words) {
        CliRun run = StackCli.run(List.of("azure").appendAll(List.of(words)).appendAll(List.of("--azure", emulator.url().toString(),
                "--ca", emulator.caPem().toString(), "--lang", "en")).toJavaArray(String[]::new));
        assertThat(run.exitCode()).as(String.join(" ", words) + ": " + run.out() + run.err()).isZero();
        return run;
    }
}
