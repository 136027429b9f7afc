package io.stackbridge.adapters.http.server.pipeline;

import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.domain.billing.BillingModel;
import org.junit.jupiter.api.Test;

import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2022;
import static io.stackbridge.adapters.http.server.support.TestEmulator.registrationPath;
import static org.assertj.core.api.Assertions.assertThat;

class ArmConventionsTest extends EmulatorTestBase {

    private static final String REGISTRATION = registrationPath(SUBSCRIPTION, "some-name");
    private static final String GROUP = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/azurestack";

    @Test
    void a_missing_api_version_is_missing_api_version_parameter() {
        assertError(emulator.http.get(REGISTRATION), 400, "MissingApiVersionParameter");
        assertError(emulator.http.get(GROUP), 400, "MissingApiVersionParameter");
    }

    @Test
    void an_unknown_api_version_is_invalid_api_version_parameter() {
        assertError(emulator.http.get(REGISTRATION + "?api-version=2016-01-01"), 400, "InvalidApiVersionParameter");
        assertError(emulator.http.get(REGISTRATION + "?api-version=2020-06-01-preview"), 404, "ResourceNotFound");
        assertError(emulator.http.get(GROUP + "?api-version=2017-06-01"), 400, "InvalidApiVersionParameter");
        assertThat(emulator.http.get(GROUP + "?api-version=2022-09-01").status()).isEqualTo(200);
    }

    @Test
    void malformed_path_values_have_their_own_codes() {
        assertError(emulator.http.get(registrationPath("not-a-guid", "x") + V2022), 400, "InvalidSubscriptionId");
        assertError(emulator.http.get("/subscriptions/" + SUBSCRIPTION + "/resourceGroups/bad*group/providers/Microsoft.AzureStack"
                + "/registrations/x" + V2022), 400, "InvalidResourceGroupName");
        Response name = emulator.http.get(registrationPath(SUBSCRIPTION, "bad(name)") + V2022);
        assertError(name, 400, "InvalidResourceName");
        assertThat(name.json().path("error").path("target").asText()).isEqualTo("registrationName");
    }

    @Test
    void a_body_that_is_not_json_is_unsupported_media_type() {
        Response refused = emulator.http.send("PUT", REGISTRATION + V2022, "location=global", "application/x-www-form-urlencoded");
        assertError(refused, 415, "UnsupportedMediaType");
    }

    @Test
    void a_body_over_the_limit_is_413_in_the_envelope() throws Exception {
        try (TestEmulator small = TestEmulator.start(directory.resolve("small"), config -> config.withMaxBodyBytes(1024))) {
            Response refused = small.http.put(REGISTRATION + V2022, "{\"location\":\"" + "x".repeat(4096) + "\"}");
            assertError(refused, 413, "RequestEntityTooLarge");
            assertThat(refused.message()).contains("1024");
        }
    }

    @Test
    void an_unknown_path_is_404_in_the_envelope() {
        Response unknown = emulator.http.get("/subscriptions/" + SUBSCRIPTION + "/nothing/here?api-version=2022-06-01");
        assertError(unknown, 404, "ResourceNotFound");
        assertThat(unknown.message()).contains("/nothing/here");
        assertThat(unknown.header("x-ms-request-id")).isNotBlank();
    }

    @Test
    void a_wrong_method_is_405_with_allow() {
        Response refused = emulator.http.post(REGISTRATION + V2022, "{}");
        assertError(refused, 405, "MethodNotAllowed");
        assertThat(refused.header("Allow")).contains("GET", "PUT", "PATCH", "DELETE").doesNotContain("POST");
        assertThat(refused.message()).contains("POST", "/subscriptions/" + SUBSCRIPTION);
    }

    @Test
    void an_empty_path_segment_reads_as_a_single_slash() {
        String path = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());
        Response read = emulator.http.get(path.replace("/providers/Microsoft.AzureStack/", "/providers/Microsoft.AzureStack//") + V2022);

        assertThat(read.status()).as(read.body()).isEqualTo(200);
    }

    @Test
    void french_is_served_when_asked_and_codes_stay_as_they_are() {
        Response english = emulator.http.get(REGISTRATION + V2022);
        Response french = emulator.http.withHeader("Accept-Language", "fr-FR,fr;q=0.9").get(REGISTRATION + V2022);

        assertThat(french.code()).isEqualTo(english.code()).isEqualTo("ResourceNotFound");
        assertThat(french.message()).isNotEqualTo(english.message()).contains(REGISTRATION.substring(1, 20));
    }

    @Test
    void every_further_problem_becomes_a_detail() {
        Response refused = emulator.http.put(REGISTRATION + V2022, "{\"location\":42,\"properties\":{\"registrationToken\":[]}}");

        assertError(refused, 400, "InvalidRequestContent");
        assertThat(refused.json().path("error").path("target").asText()).isEqualTo("location");
        assertThat(refused.json().path("error").path("details")).hasSize(1);
        assertThat(refused.json().path("error").path("details").get(0).path("target").asText()).isEqualTo("properties.registrationToken");
    }

    @Test
    void broken_json_names_its_line_and_column() {
        Response refused = emulator.http.put(REGISTRATION + V2022, "{\n  \"location\": \"global\",,\n}");
        assertError(refused, 400, "InvalidRequestContent");
        assertThat(refused.message()).contains("2");
    }

    @Test
    void the_request_id_is_new_each_time_and_the_correlation_id_is_made_when_absent() {
        Response first = emulator.http.get(REGISTRATION + V2022);
        Response second = emulator.http.get(REGISTRATION + V2022);

        assertThat(first.header("x-ms-request-id")).isNotEqualTo(second.header("x-ms-request-id"));
        assertThat(first.header("x-ms-correlation-request-id")).isNotBlank();
    }

    @Test
    void an_invalid_registration_token_is_refused_with_its_code() {
        emulator.register(SUBSCRIPTION, BillingModel.Development, TestEmulator.newCloud());
        Response refused = emulator.http.put(REGISTRATION + V2022,
                "{\"location\":\"global\",\"properties\":{\"registrationToken\":\"bm90IGpzb24=\"}}");
        assertError(refused, 400, "InvalidRegistrationToken");
    }

    private static void assertError(Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.code()).as(response.body()).isEqualTo(code);
        assertThat(response.header("Content-Type")).startsWith("application/json");
    }
}
