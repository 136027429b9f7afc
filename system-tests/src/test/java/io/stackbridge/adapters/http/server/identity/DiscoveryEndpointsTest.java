package io.stackbridge.adapters.http.server.identity;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.support.EmulatedAzure;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.support.tls.PemTrust;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** OpenID and instance discovery, the signing keys they name, the v1 token endpoint and HTTP Basic client authentication. */
class DiscoveryEndpointsTest {

    private static final String TENANT = DefaultWorld.PARTNER_TENANT.value();
    private static final String CLIENT = DefaultWorld.BRIDGE_CLIENT_ID.value();
    private static final String FORM = "application/x-www-form-urlencoded";

    @TempDir
    static Path directory;
    static EmulatedAzure azure;
    static Http http;
    static String base;

    @BeforeAll
    static void start() {
        azure = EmulatedAzure.start(EmulatorConfig.inStateDirectory(directory).withHttpPort(0));
        http = new Http(azure.running.url(), PemTrust.sslContext(azure.running.caCertificate()), null);
        base = azure.running.url().toString();
    }

    @AfterAll
    static void stop() {
        azure.close();
    }

    @Test
    void the_v2_document_names_the_emulators_own_endpoints_and_issuer() {
        JsonNode document = ok(http.get("/" + TENANT + "/v2.0/.well-known/openid-configuration"));
        String token = issue("/" + TENANT + "/oauth2/v2.0/token", "grant_type=client_credentials&client_id=" + CLIENT
                + "&client_secret=" + DefaultWorld.BRIDGE_SECRET + "&scope=" + encode("https://management.azure.com/.default"));

        assertThat(document.path("token_endpoint").asText()).isEqualTo(base + "/" + TENANT + "/oauth2/v2.0/token");
        assertThat(document.path("authorization_endpoint").asText()).isEqualTo(base + "/" + TENANT + "/oauth2/v2.0/authorize");
        assertThat(document.path("issuer").asText()).isEqualTo(claim(token, "iss"));
        assertThat(document.path("token_endpoint_auth_methods_supported").toString())
                .contains("client_secret_post", "client_secret_basic", "private_key_jwt");
        assertThat(document.path("id_token_signing_alg_values_supported").toString()).contains("RS256");
        String jwks = document.path("jwks_uri").asText();
        assertThat(jwks).isEqualTo(base + "/" + TENANT + "/discovery/v2.0/keys");
        assertThat(ok(http.get(jwks.substring(base.length()))).path("keys"))
                .isEqualTo(ok(http.get("/_stackbridge/keys")).path("keys"));
    }

    @Test
    void the_v1_document_and_the_aliases() {
        JsonNode v1 = ok(http.get("/" + TENANT + "/.well-known/openid-configuration"));
        JsonNode common = ok(http.get("/common/v2.0/.well-known/openid-configuration"));
        JsonNode organizations = ok(http.get("/organizations/v2.0/.well-known/openid-configuration"));

        assertThat(v1.path("token_endpoint").asText()).isEqualTo(base + "/" + TENANT + "/oauth2/token");
        assertThat(v1.path("jwks_uri").asText()).isEqualTo(base + "/" + TENANT + "/discovery/keys");
        assertThat(ok(http.get("/" + TENANT + "/discovery/keys")).path("keys").size()).isPositive();
        assertThat(common.path("issuer").asText()).isEqualTo(base + "/{tenantid}/v2.0");
        assertThat(common.path("token_endpoint").asText()).isEqualTo(base + "/common/oauth2/v2.0/token");
        assertThat(organizations.path("token_endpoint").asText()).isEqualTo(base + "/organizations/oauth2/v2.0/token");
    }

    @Test
    void an_unknown_tenant_is_an_oauth_error() {
        Response refused = http.get("/99999999-0001-4000-8000-000000000001/v2.0/.well-known/openid-configuration");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error_codes").get(0).asInt()).isEqualTo(90002);
    }

    @Test
    void instance_discovery_answers_for_this_host_only() {
        String asked = encode(base + "/" + TENANT + "/oauth2/v2.0/authorize");
        JsonNode instance = ok(http.get("/common/discovery/instance?api-version=1.1&authorization_endpoint=" + asked));
        Response elsewhere = http.get("/common/discovery/instance?api-version=1.1&authorization_endpoint="
                + encode("https://login.example.com/" + TENANT + "/oauth2/v2.0/authorize"));

        assertThat(instance.path("tenant_discovery_endpoint").asText())
                .isEqualTo(base + "/" + TENANT + "/v2.0/.well-known/openid-configuration");
        assertThat(instance.path("metadata").get(0).path("aliases").get(0).asText()).isEqualTo(azure.running.url().getRawAuthority());
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.json().path("error").asText()).isEqualTo("invalid_instance");
        assertThat(elsewhere.json().path("error_codes").get(0).asInt()).isEqualTo(50049);
    }

    @Test
    void the_v1_endpoint_takes_a_resource_and_answers_in_v1_form() {
        Response issued = http.send("POST", "/" + TENANT + "/oauth2/token", "grant_type=client_credentials&client_id=" + CLIENT
                + "&client_secret=" + DefaultWorld.BRIDGE_SECRET + "&resource=" + encode("https://management.core.windows.net/"), FORM);
        Response wrong = http.send("POST", "/" + TENANT + "/oauth2/token", "grant_type=client_credentials&client_id=" + CLIENT
                + "&client_secret=wrong&resource=" + encode("https://management.core.windows.net/"), FORM);

        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(issued.json().path("expires_in").isTextual()).isTrue();
        assertThat(issued.json().path("resource").asText()).isEqualTo("https://management.core.windows.net/");
        assertThat(Long.parseLong(issued.json().path("expires_on").asText())
                - Long.parseLong(issued.json().path("not_before").asText())).isEqualTo(3600);
        assertThat(claim(issued.json().path("access_token").asText(), "aud")).isEqualTo("https://management.core.windows.net");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().path("error_codes").get(0).asInt()).isEqualTo(7000215);
    }

    @Test
    void the_secret_may_come_in_http_basic() {
        String basic = Base64.getEncoder().encodeToString((CLIENT + ":" + encode(DefaultWorld.BRIDGE_SECRET)).getBytes(StandardCharsets.UTF_8));
        String wrong = Base64.getEncoder().encodeToString((CLIENT + ":nope").getBytes(StandardCharsets.UTF_8));
        String form = "grant_type=client_credentials&scope=" + encode("https://management.azure.com/.default");

        Response issued = http.withHeader("Authorization", "Basic " + basic).send("POST", "/" + TENANT + "/oauth2/v2.0/token", form, FORM);
        Response refused = http.withHeader("Authorization", "Basic " + wrong).send("POST", "/" + TENANT + "/oauth2/v2.0/token", form, FORM);

        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("error_codes").get(0).asInt()).isEqualTo(7000215);
    }

    private static String issue(String path, String form) {
        return ok(http.send("POST", path, form, FORM)).path("access_token").asText();
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static String claim(String jwt, String name) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(payload).path(name).asText();
        } catch (java.io.IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
