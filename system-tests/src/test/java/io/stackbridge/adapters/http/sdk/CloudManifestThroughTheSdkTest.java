package io.stackbridge.adapters.http.sdk;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.management.exception.ManagementException;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.fluent.models.GenericResourceInner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.manifest.PublishedKeyCheck;
import io.stackbridge.adapters.http.server.support.EmulatedAzure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Azure SDK for Java's generic client reading cloud manifest files over HTTPS, in strict auth:
 * a version through the generic resources client ({@code ResourcesClient.getById}: the fluent
 * {@code GenericResources} wrapper wants a subscription in the ID, and a cloud manifest file is a
 * tenant-level resource), the latest through the same pipeline (the list answers one resource, not
 * a page), and the signature checked against the published key.
 */
class CloudManifestThroughTheSdkTest {

    private static final String FILES = "/providers/Microsoft.AzureStack/cloudManifestFiles";

    @TempDir
    static Path directory;
    static EmulatedAzure azure;
    static ResourceManager arm;
    static Exchanges exchanges = new Exchanges();

    @BeforeAll
    static void startEmulatorAndClient() {
        azure = EmulatedAzure.start(EmulatorConfig.inStateDirectory(directory).withHttpPort(0));
        Path pem = azure.running.caCertificate();
        TokenCredential credential = EmulatorSignIn.secret(azure.running.url(), pem, DefaultWorld.BRIDGE_CLIENT_ID,
                DefaultWorld.BRIDGE_SECRET);
        arm = AzureSdk.resourceManager(azure.running.url(), pem, credential, exchanges);
    }

    @AfterAll
    static void stopEmulator() {
        azure.close();
    }

    @Test
    void reads_a_version_and_the_latest_cloud_manifest_file_and_both_verify() throws Exception {
        GenericResourceInner one = arm.serviceClient().getResources().getById(FILES + "/1", "2022-06-01");
        HttpResponse latest = arm.httpPipeline().send(new HttpRequest(HttpMethod.GET,
                arm.environment().getResourceManagerEndpoint().replaceAll("/+$", "") + FILES + "?api-version=2017-06-01")).block();
        JsonNode latestJson = new ObjectMapper().readTree(latest.getBodyAsString().block());
        JsonNode oneJson = new ObjectMapper().valueToTree(Map.of("properties", one.properties()));
        PublishedKeyCheck check = new PublishedKeyCheck(keys());

        assertThat(one.id()).isEqualTo(FILES + "/1");
        assertThat(one.name()).isEqualTo("1");
        assertThat(one.type()).isEqualTo("Microsoft.AzureStack/cloudManifestFiles");
        assertThat(latest.getStatusCode()).isEqualTo(200);
        assertThat(latestJson.path("name").asText()).isEqualTo("latest");
        assertThat(check.manifestVerifies(oneJson)).isTrue();
        assertThat(check.manifestVerifies(latestJson)).isTrue();
        assertThat(exchanges.seen()).anyMatch(exchange -> exchange.contains("cloudManifestFiles/1?") && exchange.endsWith(" -> 200"));
    }

    @Test
    void an_unknown_version_arrives_as_a_management_exception() {
        assertThatThrownBy(() -> arm.serviceClient().getResources().getById(FILES + "/42", "2022-06-01"))
                .isInstanceOfSatisfying(ManagementException.class,
                        refused -> assertThat(refused.getValue().getCode()).isEqualTo("ResourceNotFound"));
    }

    private static String keys() {
        HttpResponse keys = arm.httpPipeline().send(new HttpRequest(HttpMethod.GET,
                arm.environment().getResourceManagerEndpoint().replaceAll("/+$", "") + "/_stackbridge/keys")).block();
        return keys.getBodyAsString().block();
    }
}
