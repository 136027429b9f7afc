package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.Program;
import io.stackbridge.adapters.cli.console.ConsoleOutput;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.wiring.EmulatorLauncher;
import io.stackbridge.adapters.sqlite.db.Sql;
import io.stackbridge.adapters.sqlite.db.SqliteDatabase;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.REGISTRATION_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.RESOURCE_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve --data-dir} in this JVM, through the program and its launcher: what one run wrote is
 * there for the next one on the same directory, until {@code /_stackbridge/reset} empties it.
 */
class ServeDataDirectoryTest {

    private static final CloudId CLOUD = CloudId.of("da7ad1a0-0000-4000-8000-000000000001");
    private static final RegistrationKey KEY = RegistrationKey.of(REGISTRATION_SUBSCRIPTION.value(), RESOURCE_GROUP.value(),
            "azurestack-" + CLOUD.value());

    @TempDir
    Path state;

    @TempDir
    Path data;

    @Test
    void a_registration_and_the_ledger_outlive_a_restart_and_reset_empties_them_for_good() {
        UsageBatch batch = UsageBatch.of(CLOUD, List.of(record(3, "1.25"), record(2, "0.5")));

        serve(client -> {
            assertThat(client.register(KEY, CLOUD).isRight()).isTrue();
            assertThat(client.push(batch).get().alreadyReceived()).isFalse();
        });
        serve(client -> {
            assertThat(client.registration(KEY).get().cloudId()).isEqualTo(CLOUD);
            assertThat(client.push(batch).get().alreadyReceived()).as("the ledger kept the batch").isTrue();
            assertThat(reset(client)).isBetween(200, 204);
            assertThat(client.registration(KEY).getLeft().code()).isEqualTo(ErrorCode.ResourceNotFound);
        });
        serve(client -> {
            assertThat(client.registration(KEY).getLeft().code()).isEqualTo(ErrorCode.ResourceNotFound);
            assertThat(client.register(KEY, CLOUD).isRight()).as("the world's resource group is seeded again").isTrue();
            assertThat(client.push(batch).get().alreadyReceived()).as("the ledger was emptied").isFalse();
        });
    }

    @Test
    void a_database_from_a_newer_stackbridge_is_one_coded_line_and_exit_code_1() {
        try (SqliteDatabase newer = SqliteDatabase.open(data.resolve("emulator.db"))) {
            newer.inTransaction(connection -> Sql.update(connection, "INSERT INTO schema_version VALUES (99, 'future', 'then')"));
        }

        CliRun run = CliRun.of("serve", "--port", "0", "--state-dir", state.toString(), "--data-dir", data.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("stackbridge: the emulator could not start: DataSchemaTooNew: the database "
                + data.resolve("emulator.db").toAbsolutePath() + " has schema version 99").doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    /** A VM hour of a local subscription, {@code hoursBack} whole hours ago, reported when it ended. */
    private static UsageRecord record(int hoursBack, String quantity) {
        UsageWindow window = UsageWindow.containing(Instant.now().minus(Duration.ofHours(hoursBack)));
        return new UsageRecord(SubscriptionId.of("da7ad1a0-0002-4000-8000-000000000001"), TenantId.of("da7ad1a0-0001-4000-8000-000000000001"),
                io.stackbridge.domain.id.MeterId.of("FAB6EB84-500B-4A09-A8CA-7358F8BBAEA5"), Quantity.of(quantity), window,
                "/subscriptions/da7ad1a0-0002-4000-8000-000000000001/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm-0",
                "local", LinkedHashMap.empty(), LinkedHashMap.empty(), window.end());
    }

    private static int reset(EmulatorClient client) {
        try {
            return client.reset();
        } catch (Exception failed) {
            throw new AssertionError("reset failed", failed);
        }
    }

    /** Runs serve on the data directory, hands its startup line to {@code session} as a client, then stops it. */
    private void serve(Consumer<EmulatorClient> session) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ConsoleOutput console = new ConsoleOutput(new PrintWriter(out), new PrintWriter(err));
        Lifetime lifetime = stop -> {
            try {
                session.accept(EmulatorClient.of(out.toString().lines().findFirst().orElse("")));
            } finally {
                stop.run();
            }
        };
        int code = new Program(console, Set.of(new ServeCommand(console, new EmulatorLauncher(), lifetime)))
                .run("serve", "--port", "0", "--state-dir", state.toString(), "--data-dir", data.toString());
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
    }
}
