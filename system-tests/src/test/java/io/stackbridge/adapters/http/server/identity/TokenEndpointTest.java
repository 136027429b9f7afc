package io.stackbridge.adapters.http.server.identity;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Response;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TokenEndpointTest extends EmulatorTestBase {

    private static final String TENANT = DefaultWorld.PARTNER_TENANT.value();
    private static final String CLIENT = DefaultWorld.BRIDGE_CLIENT_ID.value();
    private static final String SCOPE = "https://management.azure.com/.default";

    private static Response token(String tenant, String grant, String client, String secret, String scope) {
        String form = "grant_type=" + encode(grant) + "&client_id=" + encode(client) + "&client_secret=" + encode(secret)
                + "&scope=" + encode(scope);
        return emulator.anonymous.send("POST", "/" + tenant + "/oauth2/v2.0/token", form, "application/x-www-form-urlencoded");
    }

    @Test
    void client_credentials_get_a_bearer_token_that_the_emulator_accepts() {
        Response issued = token(TENANT, "client_credentials", CLIENT, DefaultWorld.BRIDGE_SECRET, SCOPE);

        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(issued.json().path("token_type").asText()).isEqualTo("Bearer");
        assertThat(issued.json().path("expires_in").asLong()).isEqualTo(3600);
        assertThat(issued.json().path("ext_expires_in").asLong()).isEqualTo(3600);
        String token = issued.json().path("access_token").asText();
        assertThat(emulator.anonymous.withToken(token).get("/subscriptions/" + DefaultWorld.REGISTRATION_SUBSCRIPTION
                + "/resourceGroups/azurestack?api-version=2022-09-01").status()).isEqualTo(200);
    }

    @Test
    void each_refusal_is_an_oauth_error_with_its_aadsts_number() {
        assertOAuth(token(TENANT, "client_credentials", CLIENT, "wrong", SCOPE), 401, "invalid_client", 7000215);
        assertOAuth(token(TENANT, "client_credentials", "aaaaaaaa-0003-4000-8000-00000000ffff", "x", SCOPE), 400,
                "unauthorized_client", 700016);
        assertOAuth(token(TENANT, "client_credentials", DefaultWorld.DISABLED_CLIENT_ID.value(), DefaultWorld.DISABLED_SECRET, SCOPE),
                400, "unauthorized_client", 7000112);
        assertOAuth(token("99999999-0001-4000-8000-000000000001", "client_credentials", CLIENT, "x", SCOPE), 400,
                "invalid_request", 90002);
        assertOAuth(token(TENANT, "client_credentials", CLIENT, DefaultWorld.BRIDGE_SECRET, "https://vault.azure.net/.default"), 400,
                "invalid_scope", 500011);
        assertOAuth(token(TENANT, "password", CLIENT, DefaultWorld.BRIDGE_SECRET, SCOPE), 400, "unsupported_grant_type", 70003);
    }

    @Test
    void a_json_body_reads_as_a_form_without_a_grant_type() {
        Response refused = emulator.anonymous.post("/" + TENANT + "/oauth2/v2.0/token", "{\"grant_type\":\"client_credentials\"}");
        assertOAuth(refused, 400, "unsupported_grant_type", 70003);
    }

    @Test
    void descriptions_are_french_when_asked() {
        Response refused = emulator.anonymous.withHeader("Accept-Language", "fr").send("POST", "/" + TENANT + "/oauth2/v2.0/token",
                "grant_type=client_credentials&client_id=" + CLIENT + "&client_secret=wrong&scope=" + encode(SCOPE),
                "application/x-www-form-urlencoded");
        Response english = token(TENANT, "client_credentials", CLIENT, "wrong", SCOPE);

        assertThat(refused.json().path("error_description").asText()).startsWith("AADSTS7000215: ")
                .isNotEqualTo(english.json().path("error_description").asText());
    }

    private static void assertOAuth(Response response, int status, String error, int aadsts) {
        JsonNode body = response.json();
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(body.path("error").asText()).isEqualTo(error);
        assertThat(body.path("error_codes").get(0).asInt()).isEqualTo(aadsts);
        assertThat(body.path("error_description").asText()).startsWith("AADSTS" + aadsts + ": ");
        assertThat(body.path("trace_id").asText()).isNotBlank();
        assertThat(body.path("correlation_id").asText()).isEqualTo(response.header("x-ms-correlation-request-id"));
        assertThat(body.path("timestamp").asText()).isNotBlank();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
