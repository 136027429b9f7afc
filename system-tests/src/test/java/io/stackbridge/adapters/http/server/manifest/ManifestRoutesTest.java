package io.stackbridge.adapters.http.server.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2017;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2022;
import static org.assertj.core.api.Assertions.assertThat;

/** Cloud manifest files and deployment licenses over HTTPS in strict auth: answers, refusals, faults, journal, languages. */
class ManifestRoutesTest extends EmulatorTestBase {

    static final String FILES = "/providers/Microsoft.AzureStack/cloudManifestFiles";
    static final String LICENSE = "/subscriptions/" + SUBSCRIPTION + "/providers/Microsoft.AzureStack/generateDeploymentLicense";

    @Test
    void the_latest_manifest_names_the_emulator_and_its_key_and_verifies_with_the_published_key() {
        JsonNode latest = emulator.http.get(FILES + V2022).json();
        JsonNode one = emulator.http.get(FILES + "/1" + V2017 + "&versionCreationDate=2022-06-01").json();
        String base = emulator.running.httpsUrl().toString().replaceAll("/+$", "");
        JsonNode data = latest.path("properties").path("deploymentData");
        PublishedKeyCheck check = new PublishedKeyCheck(emulator.anonymous.get("/_stackbridge/keys").body());

        assertThat(latest.path("id").asText()).isEqualTo("/providers/Microsoft.AzureStack/cloudManifestFiles/latest");
        assertThat(one.path("name").asText()).isEqualTo("1");
        assertThat(data.path("customEnvironmentEndpoints").path("customCloudArmEndpoint").asText()).isEqualTo(base + "/");
        assertThat(data.path("customEnvironmentEndpoints").path("externalDsmsEndpoint").asText()).isEqualTo(base + "/_stackbridge/keys");
        assertThat(data.path("customCloudVerificationKey").asText()).contains("\"kty\":\"RSA\"");
        assertThat(check.manifestVerifies(latest)).isTrue();
        assertThat(check.manifestVerifies(one)).isTrue();
    }

    @Test
    void a_tampered_manifest_or_license_does_not_verify() {
        PublishedKeyCheck check = new PublishedKeyCheck(emulator.anonymous.get("/_stackbridge/keys").body());
        JsonNode manifest = emulator.http.get(FILES + V2022).json();
        JsonNode license = emulator.http.post(LICENSE + V2022, "{\"verificationVersion\":\"1\"}").json();
        ((com.fasterxml.jackson.databind.node.ObjectNode) manifest.path("properties").path("deploymentData").path("customEnvironmentEndpoints"))
                .put("customCloudArmEndpoint", "https://management.elsewhere.test/");
        ((com.fasterxml.jackson.databind.node.ArrayNode) license.path("temporaryLicenseChain")).remove(0);

        assertThat(check.manifestVerifies(manifest)).isFalse();
        assertThat(check.licenseVerifies(license)).isFalse();
    }

    @Test
    void a_license_is_a_signed_chain_of_an_intermediate_and_the_subscription_s_thirty_day_leaf() throws Exception {
        JsonNode license = emulator.http.post(LICENSE + V2022, "{\"verificationVersion\":\"1\"}").json();
        JsonNode leaf = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                new String(Base64.getDecoder().decode(license.path("temporaryLicenseChain").get(1).asText()), StandardCharsets.UTF_8));

        assertThat(license.path("temporaryLicenseChain")).hasSize(2);
        assertThat(leaf.path("kind").asText()).isEqualTo("Leaf");
        assertThat(leaf.path("subject").asText()).isEqualTo(SUBSCRIPTION);
        assertThat(leaf.path("verificationVersion").asText()).isEqualTo("1");
        assertThat(java.time.Duration.between(java.time.Instant.parse(leaf.path("notBefore").asText()),
                java.time.Instant.parse(leaf.path("notAfter").asText()))).isEqualTo(java.time.Duration.ofDays(30));
        assertThat(new PublishedKeyCheck(emulator.anonymous.get("/_stackbridge/keys").body()).licenseVerifies(license)).isTrue();
        assertThat(emulator.http.post(LICENSE + V2022, null).status()).as("no body: the latest version").isEqualTo(200);
    }

    @Test
    void an_unknown_version_is_not_found_and_a_malformed_creation_date_is_refused() {
        Response unknown = emulator.http.get(FILES + "/7" + V2022);
        Response badDate = emulator.http.get(FILES + "/latest" + V2022 + "&versionCreationDate=yesterday");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("ResourceNotFound");
        assertThat(unknown.message()).contains("/providers/Microsoft.AzureStack/cloudManifestFiles/7");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.code()).isEqualTo("InvalidRequestContent");
        assertThat(badDate.message()).contains("versionCreationDate");
    }

    @Test
    void a_bad_license_request_is_refused_with_every_problem_in_the_caller_s_language() {
        Response english = emulator.http.post(LICENSE + V2022, "{\"verificationVersion\":\"9\",\"hardware\":\"x\"}");
        Response french = emulator.http.withHeader("Accept-Language", "fr-FR").post(LICENSE + V2022, "{\"verificationVersion\":9}");
        Response notJson = emulator.http.post(LICENSE + V2022, "{");

        assertThat(english.status()).isEqualTo(400);
        assertThat(english.code()).isEqualTo("InvalidRequestContent");
        assertThat(english.message()).contains("verificationVersion", "hardware", "1, latest");
        assertThat(french.code()).isEqualTo("InvalidRequestContent");
        assertThat(french.message()).contains("verificationVersion").isNotEqualTo(english.message());
        assertThat(notJson.code()).isEqualTo("InvalidRequestContent");
    }

    @Test
    void a_license_needs_the_provider_registered_and_the_2022_api_version() {
        String stranger = "/subscriptions/" + UUID.randomUUID() + "/providers/Microsoft.AzureStack/generateDeploymentLicense";

        assertThat(emulator.http.post(stranger + V2022, null).code()).isEqualTo("MissingSubscriptionRegistration");
        assertThat(emulator.http.post(LICENSE + V2017, null).code()).isEqualTo("InvalidApiVersionParameter");
        assertThat(emulator.http.post(LICENSE + "?api-version=2020-06-01-preview", null).code()).isEqualTo("InvalidApiVersionParameter");
        assertThat(emulator.http.post("/subscriptions/not-a-guid/providers/Microsoft.AzureStack/generateDeploymentLicense" + V2022, null)
                .code()).isEqualTo("InvalidSubscriptionId");
        assertThat(emulator.http.get(FILES + "?api-version=2020-06-01-preview").status()).isEqualTo(200);
        assertThat(emulator.http.get(FILES + "?api-version=2016-01-01").code()).isEqualTo("InvalidApiVersionParameter");
        assertThat(emulator.http.get(FILES).code()).isEqualTo("MissingApiVersionParameter");
    }

    @Test
    void other_methods_are_not_allowed_and_strict_auth_wants_a_token() {
        Response put = emulator.http.put(FILES + "/latest" + V2022, "{}");
        Response get = emulator.http.get(LICENSE + V2022);

        assertThat(put.status()).isEqualTo(405);
        assertThat(put.code()).isEqualTo("MethodNotAllowed");
        assertThat(get.status()).isEqualTo(405);
        assertThat(emulator.anonymous.get(FILES + V2022).status()).isEqualTo(401);
        assertThat(emulator.anonymous.post(LICENSE + V2022, null).status()).isEqualTo(401);
    }

    @Test
    void calls_are_journaled_and_fault_rules_match_them_by_operation_name() {
        Response rule = emulator.anonymous.post("/_stackbridge/faults",
                "{\"id\":\"no-manifest\",\"operation\":\"CloudManifestFile_Get\",\"effect\":{\"type\":\"returnError\",\"code\":\"ServiceUnavailable\"}}");
        Response faulted = emulator.http.get(FILES + "/latest" + V2022);
        Response listed = emulator.http.get(FILES + V2022);
        emulator.http.post(LICENSE + V2022, null);

        assertThat(rule.status()).as(rule.body()).isEqualTo(201);
        assertThat(faulted.status()).isEqualTo(503);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(emulator.anonymous.get("/_stackbridge/journal?operation=CloudManifestFile_Get").json().path("entries").get(0)
                .path("faultRule").asText()).isEqualTo("no-manifest");
        assertThat(emulator.anonymous.get("/_stackbridge/journal?operation=CloudManifestFile_List").json().path("entries")).hasSize(1);
        assertThat(emulator.anonymous.get("/_stackbridge/journal?operation=DeploymentLicense_Create").json().path("entries")).hasSize(1);
    }
}
