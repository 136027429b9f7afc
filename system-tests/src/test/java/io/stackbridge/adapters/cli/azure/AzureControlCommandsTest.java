package io.stackbridge.adapters.cli.azure;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import io.stackbridge.junit.StackBridgeEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code azure faults|journal|clock|world|reset|usage} against the emulator (back to its world before each test). */
class AzureControlCommandsTest {

    @RegisterExtension
    static StackBridgeEmulator azure = StackBridgeEmulator.start();

    @TempDir
    Path data;

    private AzureCli cli() {
        return new AzureCli(azure, data, "en");
    }

    @Test
    void faults_add_a_preset_and_a_rule_of_ones_own_list_them_in_order_and_take_them_away() {
        JsonNode preset = cli().json("faults", "add", "--preset", "network-down", "--times", "2");
        JsonNode own = cli().json("faults", "add", "--id", "slowish", "--operation", "Registrations_Get", "--effect", "delay",
                "--millis", "10");
        JsonNode listed = cli().json("faults", "list");

        assertThat(preset.get("id").asText()).isEqualTo("network-down");
        assertThat(preset.get("times").asInt()).isEqualTo(2);
        assertThat(preset.get("effect").get("type").asText()).isEqualTo("unreachable");
        assertThat(own.get("effect").get("millis").asLong()).isEqualTo(10);
        assertThat(listed.get("rules")).extracting(rule -> rule.get("id").asText()).containsExactly("network-down", "slowish");
        assertThat(cli().json("faults", "remove", "slowish").get("removed").asBoolean()).isTrue();
        assertThat(cli().run("faults", "clear", "--seed", "7").exitCode()).isZero();
        assertThat(cli().json("faults", "list").get("rules")).isEmpty();
        assertThat(cli().json("faults", "presets").get("presets")).extracting(found -> found.get("name").asText())
                .contains("network-down", "usage-timeout", "tls-interception");
    }

    @Test
    void a_fault_rule_that_cannot_be_is_a_usage_error_and_nothing_is_added() {
        assertThat(cli().run("faults", "add", "--preset", "no-such-failure").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli().run("faults", "add", "--id", "x", "--effect", "returnError").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli().run("faults", "add", "--id", "x", "--effect", "nonsense").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli().json("faults", "list").get("rules")).isEmpty();
    }

    @Test
    void the_journal_filters_and_clears_and_the_clock_moves_and_is_refused_beyond_ten_years() {
        cli().run("registration", "list");
        JsonNode journal = cli().json("journal", "--operation", "Registrations_ListBySubscription");
        assertThat(journal.get("entries")).isNotEmpty();
        assertThat(journal.get("entries").get(0).get("outcome").asText()).isEqualTo("OK");
        assertThat(cli().run("journal", "--clear").exitCode()).isZero();
        assertThat(cli().json("journal", "--operation", "Registrations_ListBySubscription").get("entries")).isEmpty();

        assertThat(cli().json("clock", "set", "PT2H").get("offsetSeconds").asLong()).isEqualTo(7200);
        assertThat(cli().json("clock").get("offsetSeconds").asLong()).isEqualTo(7200);
        assertThat(cli().json("clock", "set", "PT-10M").get("offsetSeconds").asLong()).isEqualTo(-600);
        CliRun tooFar = cli().run("clock", "set", "400000000");
        assertThat(tooFar.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(tooFar.err()).startsWith("stackbridge: InvalidRequestContent: ");
        assertThat(cli().run("clock", "set", "soon").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli().run("reset").exitCode()).isZero();
        assertThat(cli().json("clock").get("offsetSeconds").asLong()).isZero();
    }

    @Test
    void the_world_shows_principals_without_secrets() {
        JsonNode world = cli().json("world");

        assertThat(world.get("subscriptions")).isNotEmpty();
        assertThat(world.get("principals")).isNotEmpty().allSatisfy(principal -> assertThat(principal.has("secret")).isFalse());
        assertThat(world.toString()).doesNotContain("stackbridge-dev-secret");
        assertThat(world.get("products").isInt()).isTrue();
    }

    @Test
    void the_usage_ledger_totals_what_a_bridge_pushed_by_meter_and_lists_its_batches() {
        AzureCli cli = cli().registered();
        String until = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).minusSeconds(4 * 3600).toString();
        assertThat(StackCli.run("usage", "simulate", "--hours", "2", "--until", until, "--data-dir", data.toString()).exitCode()).isZero();
        CliRun push = cli.stamp("bridge", "push");
        assertThat(push.exitCode()).as(push.err()).isZero();

        JsonNode total = cli.json("usage");
        JsonNode byMeter = cli.json("usage", "--group-by", "meter", "--group-by", "hour");
        JsonNode batches = cli.json("usage", "batches", "--limit", "5");

        assertThat(total.get("records").asLong()).isPositive();
        assertThat(total.get("quantity").isTextual()).isTrue();
        assertThat(byMeter.get("groups")).isNotEmpty().allSatisfy(group -> assertThat(group.has("meterId") && group.has("hour")).isTrue());
        assertThat(batches.get("total").asLong()).isPositive();
        assertThat(batches.get("batches").get(0).get("booked").asInt()).isPositive();
        assertThat(cli.run("usage", "--group-by", "planet").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("usage", "batches", "--meter", "FAB6EB84-500B-4A09-A8CA-7358F8BBAEA5").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void an_emulator_that_cannot_be_reached_is_a_bridge_code_said_in_french_too() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        CliRun down = StackCli.run("azure", "faults", "list", "--azure", "https://127.0.0.1:" + closed, "--ca", azure.caPem().toString(),
                "--lang", "fr");

        assertThat(down.exitCode()).isEqualTo(ExitCodes.BRIDGE_ERROR);
        assertThat(down.out()).isEmpty();
        assertThat(down.errLines().get(0)).startsWith("stackbridge\u00a0: NetworkError\u00a0: ");
        assertThat(down.errLines().get(1)).startsWith("  Que faire\u00a0: ");
        assertThat(cli().inFrench().run("faults", "list").out()).startsWith("Aucune règle de panne n’est en vigueur.");
    }
}
