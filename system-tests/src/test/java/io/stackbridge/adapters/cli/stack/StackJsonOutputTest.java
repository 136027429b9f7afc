package io.stackbridge.adapters.cli.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.domain.fault.FaultPreset;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --output json} on the stack side's commands that print data: standard output is one JSON
 * document of the shape docs/cli.md documents, parsed here; problems still go to standard error with
 * the same exit codes.
 */
class StackJsonOutputTest extends RegisteredStampTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(CliRun run) throws Exception {
        return JSON.readTree(run.out());
    }

    @Test
    void stamp_properties_and_token_as_json() throws Exception {
        JsonNode properties = json(stamp.local("stamp", "properties", "--output", "json"));
        JsonNode token = json(stamp.local("stamp", "token", "--output", "json"));

        assertThat(properties.path("status").asText()).isEqualTo("REGISTERED");
        assertThat(properties.path("subscriptionId").asText()).isEqualTo("aaaaaaaa-0002-4000-8000-000000000001");
        assertThat(properties.path("resourceGroup").asText()).isEqualTo("azurestack");
        assertThat(properties.path("registrationName").asText()).isEqualTo("azurestack-" + properties.path("cloudId").asText());
        assertThat(properties.path("billingModel").asText()).isEqualTo("PayAsYouUse");
        assertThat(properties.has("expires")).isTrue();
        assertThat(token.path("registrationToken").asText()).isNotBlank();
    }

    @Test
    void usage_simulate_push_status_and_aggregates_as_json() throws Exception {
        Instant until = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(10, ChronoUnit.HOURS);
        CliRun simulate = stamp.local("usage", "simulate", "--hours", "2", "--until", until.toString(), "--output", "json");
        CliRun push = stamp.remote("bridge", "push", "--output", "json");
        CliRun status = stamp.local("bridge", "status", "--output", "json");
        CliRun aggregates = stamp.local("usage", "aggregates", "--aggregation-granularity", "hourly", "--output", "json",
                "--from", until.minus(2, ChronoUnit.HOURS).toString(), "--to", Instant.now().truncatedTo(ChronoUnit.HOURS).toString());

        JsonNode simulated = json(simulate);
        assertThat(simulated.path("hours").asInt()).isEqualTo(2);
        assertThat(simulated.path("to").asText()).isEqualTo(until.toString());
        assertThat(simulated.path("records").asInt()).isPositive();
        assertThat(simulated.path("notYetReported").asInt()).isZero();
        JsonNode pushed = json(push);
        assertThat(push.exitCode()).isZero();
        assertThat(pushed.path("completed").asBoolean()).isTrue();
        assertThat(pushed.path("records").asInt()).isGreaterThanOrEqualTo(simulated.path("records").asInt());
        assertThat(pushed.path("pending").asInt()).isZero();
        assertThat(pushed.path("stoppedBy").isNull()).isTrue();
        JsonNode told = json(status);
        assertThat(told.path("registrationStatus").asText()).isEqualTo("REGISTERED");
        assertThat(Instant.parse(told.path("lastSuccess").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(told.path("pending").asInt()).isZero();
        assertThat(told.path("lastError").isNull()).isTrue();
        JsonNode page = json(aggregates);
        assertThat(page.path("count").asInt()).isEqualTo(page.path("aggregates").size()).isPositive();
        JsonNode first = page.path("aggregates").get(0);
        assertThat(first.fieldNames()).toIterable()
                .containsExactly("subscriptionId", "meterId", "meterName", "usageStartTime", "usageEndTime", "quantity", "resourceUri");
        assertThat(first.path("quantity").isTextual()).isTrue();
    }

    @Test
    void a_push_stopped_by_a_bridge_code_is_json_on_stdout_and_the_error_on_stderr_with_exit_code_5() throws Exception {
        azure.admin().addFaultRule().add(FaultPreset.NETWORK_DOWN.rule());

        CliRun push = stamp.remote("bridge", "push", "--attempts", "1", "--output", "json");
        CliRun status = stamp.local("bridge", "status", "--output", "json");

        assertThat(push.exitCode()).isEqualTo(ExitCodes.BRIDGE_ERROR);
        assertThat(json(push).path("stoppedBy").path("code").asText()).isEqualTo("NetworkError");
        assertThat(push.err()).startsWith("stackbridge: NetworkError: ");
        JsonNode lastError = json(status).path("lastError");
        assertThat(lastError.path("code").asText()).isEqualTo("NetworkError");
        assertThat(lastError.path("attempts").asInt()).isEqualTo(1);
        assertThat(lastError.path("remediation").asText()).isNotBlank();
        assertThat(json(status).path("failing").asBoolean()).isTrue();
    }

    @Test
    void bridge_diagnose_as_json_names_each_step() throws Exception {
        CliRun diagnose = stamp.remote("bridge", "diagnose", "--output", "json");

        JsonNode diagnosis = json(diagnose);
        assertThat(diagnose.exitCode()).isZero();
        assertThat(diagnosis.path("passed").asBoolean()).isTrue();
        assertThat(diagnosis.path("steps")).hasSize(10);
        assertThat(diagnosis.path("steps").get(0).path("step").asText()).isEqualTo("RESOLVE_LOGIN");
        assertThat(diagnosis.path("steps").get(0).path("finding").asText()).isEqualTo("RESOLVED");
        assertThat(diagnosis.path("steps").get(0).path("values").get(0).asText()).isNotBlank();
        assertThat(diagnosis.path("notReached")).isEmpty();
        assertThat(diagnosis.path("clockOffsetSeconds").asText()).matches("-?\\d+\\.\\d{3}");
    }
}
