package io.stackbridge.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kit's admin key: a generated one (requireAdminKey) refuses the HTTP admin API without it and opens it with adminKey(). */
class AdminKeyKitTest {

    @RegisterExtension
    static StackBridgeEmulator azure = StackBridgeEmulator.builder().requireAdminKey().build();

    private final HttpClient http = HttpClient.newBuilder().sslContext(azure.sslContext()).build();

    @Test
    void the_http_admin_api_refuses_a_call_without_the_key_and_answers_one_with_it() throws Exception {
        HttpRequest.Builder faults = HttpRequest.newBuilder(azure.url().resolve("/_stackbridge/faults")).GET();

        HttpResponse<String> without = http.send(faults.build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> with = http.send(faults.header("X-StackBridge-Admin-Key", azure.adminKey().orElseThrow()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(without.statusCode()).isEqualTo(401);
        assertThat(without.body()).contains("\"code\":\"AdminKeyMissing\"");
        assertThat(with.statusCode()).isEqualTo(200);
        assertThat(azure.adminKey().orElseThrow()).hasSizeGreaterThanOrEqualTo(16);
    }

    @Test
    void a_key_that_breaks_the_rule_is_refused_by_the_builder_without_repeating_it() {
        assertThatThrownBy(() -> StackBridgeEmulator.builder().adminKey("too short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("too short");
    }
}
