package example.consumer;

import io.stackbridge.junit.FakeAzure;
import io.stackbridge.junit.StackBridgeEmulator;
import io.stackbridge.junit.TrustedPem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A test as another project writes it with the kit: only the kit's public API (the extension, the
 * trust helper, FakeAzure), JUnit and the JDK; the IDs are the well-known world's, copied from the docs.
 */
class RegistrationOverHttpsTest {

    private static final String REGISTRATIONS = "/subscriptions/aaaaaaaa-0002-4000-8000-000000000001/resourceGroups/azurestack"
            + "/providers/Microsoft.AzureStack/registrations/";
    private static final String BRIDGE_OBJECT_ID = "aaaaaaaa-0004-4000-8000-000000000001";

    @RegisterExtension
    static StackBridgeEmulator azure = StackBridgeEmulator.start();

    @Test
    void creates_then_reads_a_registration_over_https_trusting_the_emulator_certificate() throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(TrustedPem.sslContext(azure.caPem())).build();
        String cloudId = UUID.randomUUID().toString();
        URI registration = URI.create(azure.url() + REGISTRATIONS + "azurestack-" + cloudId + "?api-version=2022-06-01");

        HttpResponse<String> created = http.send(HttpRequest.newBuilder(registration)
                .header("Authorization", "Bearer " + azure.token()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(registrationBody(cloudId))).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(registration)
                .header("Authorization", "Bearer " + azure.token()).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(201, created.statusCode(), created.body());
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("\"cloudId\":\"" + cloudId + "\""), read.body());
    }

    @Test
    void starts_a_fake_azure_in_process_in_one_line() {
        FakeAzure fake = FakeAzure.start();

        assertNotNull(fake.registrations());
    }

    /** A stamp's registration token is Base64 of a small JSON naming the bridge principal. */
    private static String registrationBody(String cloudId) {
        String token = "{\"cloudId\":\"" + cloudId + "\",\"objectId\":\"" + BRIDGE_OBJECT_ID + "\",\"billingModel\":\"PayAsYouUse\","
                + "\"usageReportingEnabled\":true,\"marketplaceSyndicationEnabled\":false,"
                + "\"hardwareInfo\":[{\"name\":\"node01\",\"numCores\":8}],\"issuer\":\"example\",\"version\":\"4.0\"}";
        return "{\"location\":\"global\",\"properties\":{\"registrationToken\":\""
                + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)) + "\"}}";
    }
}
