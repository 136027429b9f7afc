package io.stackbridge.adapters.http.server.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.adapters.http.server.marketplace.SpecShape;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays the cloud manifest file, deployment license and operations examples of Microsoft's REST
 * specification (copied under {@code src/test/resources/azure-rest-api-specs/…}, sources in their
 * READMEs) against the emulator: the answer has the example's shape member by member, and its
 * signature checks with the published key.
 */
class ManifestSpecExamplesTest {

    private static final String EXAMPLES = "/azure-rest-api-specs/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path directory;
    static TestEmulator emulator;
    static PublishedKeyCheck published;

    @BeforeAll
    static void start() {
        emulator = TestEmulator.start(directory);
        published = new PublishedKeyCheck(emulator.anonymous.get("/_stackbridge/keys").body());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-06-01", "2017-06-01"})
    void cloud_manifest_file_list_has_the_shape_and_identity_of_its_example(String apiVersion) {
        JsonNode example = example("cloud-manifest-files/" + apiVersion + "/List.json");
        Response answer = emulator.http.get("/providers/Microsoft.AzureStack/cloudManifestFiles" + version(example));

        assertMatches(example, answer);
        assertSameIdentity(example, answer);
        assertThat(published.manifestVerifies(answer.json())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-06-01", "2017-06-01"})
    void cloud_manifest_file_get_has_the_shape_and_identity_of_its_example(String apiVersion) {
        JsonNode example = example("cloud-manifest-files/" + apiVersion + "/Get.json");
        Response answer = emulator.http.get("/providers/Microsoft.AzureStack/cloudManifestFiles/"
                + example.path("parameters").path("verificationVersion").asText() + version(example));

        assertMatches(example, answer);
        assertSameIdentity(example, answer);
        assertThat(published.manifestVerifies(answer.json())).isTrue();
    }

    @Test
    void deployment_license_create_has_the_shape_of_its_example() {
        JsonNode example = example("deployment-license/2022-06-01/Post.json");
        String subscription = example.path("parameters").path("subscriptionId").asText();
        registerProvider(subscription);
        Response answer = emulator.http.post("/subscriptions/" + subscription + "/providers/Microsoft.AzureStack/generateDeploymentLicense"
                + version(example), example.path("parameters").path("deploymentLicenseRequest").toString());

        assertMatches(example, answer);
        assertThat(answer.json().path("temporaryLicenseChain")).hasSize(example.path("responses").path("200").path("body")
                .path("temporaryLicenseChain").size());
        assertThat(published.licenseVerifies(answer.json())).isTrue();
    }

    @Test
    void operations_list_has_the_shape_of_its_example_and_advertises_every_operation_it_names() {
        JsonNode example = example("operations/2022-06-01/List.json");
        Response answer = emulator.http.get("/providers/Microsoft.AzureStack/operations" + version(example));

        assertMatches(example, answer);
        assertThat(names(answer.json())).containsAll(names(example.path("responses").path("200").path("body")));
    }

    private static void registerProvider(String subscription) {
        Response added = emulator.http.put("/_stackbridge/world/subscriptions/" + subscription,
                "{\"offerType\":\"EA\",\"tenantId\":\"" + DefaultWorld.PARTNER_TENANT.value() + "\"}");
        Response registered = emulator.http.post("/subscriptions/" + subscription + "/providers/Microsoft.AzureStack/register"
                + "?api-version=2021-04-01", null);
        assertThat(added.status() / 100).as(added.body()).isEqualTo(2);
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.path("value").forEach(operation -> names.add(operation.path("name").asText()));
        return names;
    }

    private static void assertMatches(JsonNode example, Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(SpecShape.mismatches(example.path("responses").path("200").path("body"), answer.json())).as(answer.body()).isEmpty();
    }

    private static void assertSameIdentity(JsonNode example, Response answer) {
        JsonNode expected = example.path("responses").path("200").path("body");
        for (String member : new String[]{"id", "name", "type"}) {
            assertThat(answer.json().path(member).asText()).as(member).isEqualTo(expected.path(member).asText());
        }
    }

    private static String version(JsonNode example) {
        return "?api-version=" + example.path("parameters").path("api-version").asText();
    }

    private static JsonNode example(String file) {
        try (InputStream in = ManifestSpecExamplesTest.class.getResourceAsStream(EXAMPLES + file)) {
            return JSON.readTree(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
