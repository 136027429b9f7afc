package io.stackbridge.adapters.http.server.pipeline;

import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.http.server.support.PemTrust;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.adapters.http.server.support.Usage;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2022;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultsOverTheWireTest extends EmulatorTestBase {

    private static final String GROUP = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/azurestack?api-version=2022-09-01";

    private static void rule(String json) {
        Response added = emulator.anonymous.post("/_stackbridge/faults", json);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
    }

    private static void rule(String id, String operation, String effect) {
        rule("{\"id\":\"" + id + "\",\"operation\":\"" + operation + "\",\"effect\":" + effect + "}");
    }

    /** A client of its own, so that one test's broken connection is no other test's. */
    private static Http freshClient() {
        return new Http(emulator.running.httpsUrl(), PemTrust.of(emulator.running.caCertificate()), emulator.managementToken());
    }

    @Test
    void return_error_answers_the_code_with_its_status_and_retry_after() {
        rule("busy", "ResourceGroups_Get", "{\"type\":\"returnError\",\"code\":\"ServiceUnavailable\"}");
        Response busy = emulator.http.get(GROUP);

        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.code()).isEqualTo("ServiceUnavailable");
        assertThat(busy.header("Retry-After")).isEqualTo("5");
        assertThat(emulator.anonymous.get("/_stackbridge/journal?outcome=ServiceUnavailable").json().path("entries").get(0)
                .path("faultRule").asText()).isEqualTo("busy");
    }

    @Test
    void return_error_on_the_token_endpoint_is_an_oauth_error() {
        rule("throttled", "Token_Issue", "{\"type\":\"returnError\",\"code\":\"TooManyRequests\"}");
        Response refused = emulator.anonymous.send("POST", "/" + TestEmulator.SUBSCRIPTION + "/oauth2/v2.0/token", "grant_type=x",
                "application/x-www-form-urlencoded");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().path("error").asText()).isEqualTo("temporarily_unavailable");
        assertThat(refused.header("Retry-After")).isEqualTo("5");
    }

    @Test
    void delay_serves_the_call_late() {
        rule("late", "ResourceGroups_Get", "{\"type\":\"delay\",\"millis\":400}");
        long started = System.nanoTime();
        Response served = emulator.http.get(GROUP);

        assertThat(served.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void shift_clock_makes_the_usage_service_see_a_skewed_stamp() {
        CloudId cloud = TestEmulator.newCloud();
        emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, cloud);
        rule("skew", "Usage_Push", "{\"type\":\"shiftClock\",\"seconds\":600}");
        Response refused = Usage.push(emulator, Usage.batch(cloud, 1, "1"));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("ClockSkewTooLarge");
    }

    @Test
    void unreachable_and_reset_abort_the_connection() {
        rule("gone", "ResourceGroups_Get", "{\"type\":\"unreachable\"}");
        assertThatThrownBy(() -> freshClient().get(GROUP)).hasCauseInstanceOf(IOException.class)
                .cause().isNotInstanceOf(HttpTimeoutException.class).isNotInstanceOf(SSLHandshakeException.class);
        rule("reset", "Providers_Get", "{\"type\":\"resetConnection\"}");
        assertThatThrownBy(() -> freshClient().get("/subscriptions/" + SUBSCRIPTION + "/providers/Microsoft.AzureStack?api-version=2022-09-01"))
                .hasCauseInstanceOf(IOException.class);
        assertThat(emulator.anonymous.get("/_stackbridge/journal?outcome=ResetConnection").json().path("entries")).isNotEmpty();
    }

    @Test
    void an_empty_response_closes_without_a_byte() {
        rule("empty", "ResourceGroups_Get", "{\"type\":\"emptyResponse\"}");
        assertThatThrownBy(() -> freshClient().get(GROUP)).hasCauseInstanceOf(IOException.class);
        assertThat(emulator.anonymous.get("/_stackbridge/journal?outcome=EmptyResponse").json().path("entries")).isNotEmpty();
    }

    @Test
    void a_partial_body_stops_halfway() {
        rule("half", "ResourceGroups_Get", "{\"type\":\"partialBody\"}");
        assertThatThrownBy(() -> freshClient().get(GROUP)).hasCauseInstanceOf(IOException.class);
    }

    @Test
    void slow_outlasts_the_client_timeout() {
        rule("slow", "ResourceGroups_Get", "{\"type\":\"slow\"}");
        Http client = freshClient();
        assertThatThrownBy(() -> client.sendOrThrow(client.request("GET", GROUP, null, null).timeout(Duration.ofMillis(800)).build()))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void an_untrusted_certificate_fails_new_handshakes_while_the_rule_lasts() {
        Http pooled = freshClient();
        assertThat(pooled.get(GROUP).status()).isEqualTo(200);
        rule("{\"id\":\"mitm\",\"times\":1,\"effect\":{\"type\":\"untrustedCertificate\"}}");

        assertThatThrownBy(() -> pooled.get(GROUP)).hasCauseInstanceOf(SSLHandshakeException.class);
        assertThat(freshClient().get(GROUP).status()).isEqualTo(200);
    }

    @Test
    void an_untrusted_certificate_rule_may_not_name_an_operation() {
        Response refused = emulator.anonymous.post("/_stackbridge/faults",
                "{\"id\":\"x\",\"operation\":\"Usage_Push\",\"effect\":{\"type\":\"untrustedCertificate\"}}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error").path("target").asText()).isEqualTo("effect.type");
        assertThat(refused.message()).contains("untrustedCertificate", "operation", "Usage_Push");
    }
}
