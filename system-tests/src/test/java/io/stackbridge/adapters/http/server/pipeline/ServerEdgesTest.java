package io.stackbridge.adapters.http.server.pipeline;

import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Response;
import org.junit.jupiter.api.Test;

import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2022;
import static io.stackbridge.adapters.http.server.support.TestEmulator.registrationPath;
import static org.assertj.core.api.Assertions.assertThat;

/** What the HTTP server answers at its edges: large headers, odd methods, deep and huge bodies — always the envelope. */
class ServerEdgesTest extends EmulatorTestBase {

    private static final String REGISTRATION = registrationPath(SUBSCRIPTION, "edge-name");

    @Test
    void a_bearer_token_of_eight_thousand_characters_with_a_body_is_read() {
        Response answered = emulator.http.withToken("x".repeat(8_000)).put(REGISTRATION + V2022, "{\"location\":\"global\"}");

        assertThat(answered.status()).as(answered.body()).isNotEqualTo(431).isLessThan(500);
        assertThat(answered.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void headers_of_thirty_kilobytes_are_read() {
        Response answered = emulator.http.withHeader("x-ms-claims", "c".repeat(30_000)).get(REGISTRATION + V2022);

        assertError(answered, 404, "ResourceNotFound");
    }

    @Test
    void headers_over_the_limit_are_refused_in_the_envelope() {
        Response refused = emulator.http.withHeader("x-ms-claims", "c".repeat(80_000)).put(REGISTRATION + V2022, "{}");

        assertError(refused, 431, "RequestHeaderFieldsTooLarge");
        assertThat(refused.message()).contains(String.valueOf(64 * 1024));
    }

    @Test
    void options_on_a_served_path_is_405_with_allow() {
        Response refused = emulator.http.send("OPTIONS", REGISTRATION + V2022, null, null);

        assertError(refused, 405, "MethodNotAllowed");
        assertThat(refused.header("Allow")).contains("GET", "HEAD", "PUT", "PATCH", "DELETE").doesNotContain("POST");
    }

    @Test
    void an_unknown_method_on_a_served_path_is_405_with_allow() {
        Response refused = emulator.http.send("BREW", REGISTRATION + V2022, "{}", "application/json");

        assertError(refused, 405, "MethodNotAllowed");
        assertThat(refused.header("Allow")).contains("GET", "PUT");
        assertThat(refused.message()).contains("BREW");
    }

    @Test
    void odd_methods_on_an_unknown_path_stay_404() {
        assertError(emulator.http.send("OPTIONS", "/nothing/here" + V2022, null, null), 404, "ResourceNotFound");
        assertError(emulator.http.send("BREW", "/nothing/here" + V2022, null, null), 404, "ResourceNotFound");
    }

    @Test
    void json_nested_ten_thousand_levels_deep_is_invalid_content() {
        String deep = "{\"location\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        assertError(emulator.http.put(REGISTRATION + V2022, deep), 400, "InvalidRequestContent");
    }

    @Test
    void a_body_of_ten_megabytes_is_too_large() {
        Response refused = emulator.http.put(REGISTRATION + V2022, "{\"location\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}");

        assertError(refused, 413, "RequestEntityTooLarge");
    }

    private static void assertError(Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.code()).as(response.body()).isEqualTo(code);
        assertThat(response.header("Content-Type")).startsWith("application/json");
    }
}
