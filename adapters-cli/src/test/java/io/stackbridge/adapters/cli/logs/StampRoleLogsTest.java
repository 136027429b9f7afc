package io.stackbridge.adapters.cli.logs;

import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import io.stackbridge.adapters.support.logs.LogRole;
import io.stackbridge.adapters.support.logs.RoleLogFiles;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A CLI stamp's components write their role logs into its data directory, each line with time, level, role, correlation and code. */
class StampRoleLogsTest {

    @TempDir
    Path data;

    private CliRun run(String... words) {
        return StackCli.run(List.of(words).appendAll(List.of("--data-dir", data.toString(), "--lang", "en", "--ascii"))
                .toJavaArray(String[]::new));
    }

    @Test
    void simulate_push_and_the_usage_queries_are_logged_under_their_roles() throws IOException {
        assertThat(run("stamp", "init", "--billing-model", "PayAsYouUse").exitCode()).isZero();
        assertThat(run("stamp", "register", "--azure", "in-process").exitCode()).isZero();
        CliRun simulate = run("usage", "simulate", "--hours", "3");
        CliRun push = run("bridge", "push", "--azure", "in-process");

        assertThat(simulate.exitCode()).as(simulate.err()).isZero();
        assertThat(push.exitCode()).isNotZero();
        Path logs = data.resolve(RoleLogFiles.FOLDER);
        String was = Files.readString(RoleLogFiles.activeFile(logs, LogRole.WAS));
        assertThat(was).matches("(?s)\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z INFO  WAS correlation=[0-9a-f-]{36} code=- usage recorded on the stamp: \\d+ records.*");
        String bridge = Files.readString(RoleLogFiles.activeFile(logs, LogRole.AzureBridge));
        assertThat(bridge).contains(" AzureBridge correlation=").contains("sign-in of client ").contains("push attempt 1 of batch ");
    }
}
