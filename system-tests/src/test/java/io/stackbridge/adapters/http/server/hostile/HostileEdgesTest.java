package io.stackbridge.adapters.http.server.hostile;

import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.adapters.support.tls.PemTrust;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static io.stackbridge.adapters.http.server.support.TestEmulator.registrationPath;
import static org.assertj.core.api.Assertions.assertThat;

/** The defects the hostile requests found, one request each, sent raw: each is refused in the envelope and changes nothing. */
class HostileEdgesTest {

    private static final String GROUPS = "/subscriptions/" + SUBSCRIPTION + "/resourcegroups/";

    @TempDir
    Path directory;
    private TestEmulator emulator;
    private RawHttps raw;

    @BeforeEach
    void start() {
        emulator = TestEmulator.start(directory);
        raw = new RawHttps(PemTrust.sslContext(emulator.running.caCertificate()), emulator.running.httpsUrl());
    }

    @AfterEach
    void stop() {
        raw.close();
        emulator.close();
    }

    @Test
    void a_percent_escape_javalin_cannot_decode_in_a_path_value_is_400_not_500() throws Exception {
        RawAnswer answer = raw.exchange(request("PUT", GROUPS + "%u002ehostile?api-version=2021-04-01", "{\"location\":\"westcentralus\"}"));

        assertEnvelope(answer, 400, "InvalidRequestContent");
    }

    @Test
    void a_body_with_text_after_its_json_is_malformed_and_creates_nothing() throws Exception {
        RawAnswer answer = raw.exchange(request("PUT", GROUPS + "trailing?api-version=2021-04-01", "{\"location\":\"westcentralus\"} x"));

        assertEnvelope(answer, 400, "InvalidRequestContent");
        assertThat(emulator.http.get(GROUPS + "trailing?api-version=2021-04-01").status()).isEqualTo(404);
    }

    @Test
    void a_body_that_is_not_utf8_is_unreadable() throws Exception {
        byte[] body = {'{', '"', 'l', 'o', 'c', 'a', 't', 'i', 'o', 'n', '"', ':', '"', 'w', (byte) 0xC0, (byte) 0xAE, '"', '}'};
        RawRequest request = request("PUT", GROUPS + "latin?api-version=2021-04-01", "");

        RawAnswer answer = raw.exchange(new RawRequest("edge", "resources", "PUT", request.target(), request.headers(), body, -1));

        assertEnvelope(answer, 400, "InvalidRequestContent");
        assertThat(emulator.http.get(GROUPS + "latin?api-version=2021-04-01").status()).isEqualTo(404);
    }

    @Test
    void an_api_version_ending_in_nul_is_not_the_api_version() throws Exception {
        emulator.http.put(GROUPS + "kept?api-version=2021-04-01", "{\"location\":\"westcentralus\"}");

        RawAnswer answer = raw.exchange(request("DELETE", GROUPS + "kept?api-version=2021-04-01%00", null));

        assertEnvelope(answer, 400, "InvalidApiVersionParameter");
        assertThat(emulator.http.get(GROUPS + "kept?api-version=2021-04-01").status()).isEqualTo(200);
    }

    @Test
    void an_api_version_given_twice_is_refused_even_when_both_are_valid() throws Exception {
        emulator.http.put(GROUPS + "twice?api-version=2021-04-01", "{\"location\":\"westcentralus\"}");

        RawAnswer answer = raw.exchange(request("DELETE", GROUPS + "twice?api-version=2021-04-01&api-version=2021-04-01", null));

        assertEnvelope(answer, 400, "InvalidApiVersionParameter");
        assertThat(answer.text()).contains("2021-04-01,2021-04-01");
        assertThat(emulator.http.get(GROUPS + "twice?api-version=2021-04-01").status()).isEqualTo(200);
    }

    @Test
    void an_encoded_dot_dot_segment_is_not_a_name() throws Exception {
        RawAnswer answer = raw.exchange(request("DELETE", registrationPath(SUBSCRIPTION, "%2e%2e") + "?api-version=2022-06-01", null));

        assertEnvelope(answer, 400, "InvalidRequestContent");
    }

    @Test
    void head_on_a_missing_resource_is_404_and_on_a_present_one_204() throws Exception {
        RawAnswer missing = raw.exchange(request("HEAD", registrationPath(SUBSCRIPTION, "missing") + "?api-version=2022-06-01", null));
        RawAnswer present = raw.exchange(request("HEAD", GROUPS + "azurestack?api-version=2021-04-01", null));
        RawAnswer anonymous = raw.exchange(new RawRequest("edge", "resources", "HEAD",
                (GROUPS + "azurestack?api-version=2021-04-01").getBytes(StandardCharsets.US_ASCII), List.of(), new byte[0], -1));

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/json");
        assertThat(present.status()).isEqualTo(204);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    private RawRequest request(String method, String target, String json) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(List.of(Map.entry("Authorization", "Bearer " + emulator.managementToken())));
        if (json != null) {
            headers.add(Map.entry("Content-Type", "application/json"));
        }
        return RawRequest.of("edge", "resources", method, target, headers, json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertEnvelope(RawAnswer answer, int status, String code) {
        assertThat(answer.status()).as(answer.describe()).isEqualTo(status);
        assertThat(AnswerRules.code(answer)).as(answer.describe()).isEqualTo(code);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
    }
}
