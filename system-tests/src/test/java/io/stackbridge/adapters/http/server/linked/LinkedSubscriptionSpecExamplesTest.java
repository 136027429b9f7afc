package io.stackbridge.adapters.http.server.linked;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.adapters.http.server.marketplace.MarketplaceWorld;
import io.stackbridge.adapters.http.server.marketplace.SpecShape;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.domain.billing.BillingModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays the LinkedSubscriptions examples of Microsoft's REST specification (copied under
 * {@code src/test/resources/azure-rest-api-specs/linked-subscriptions/2020-06-01-preview}, sources in
 * its README) against the emulator: the registration they name is registered first, then each request
 * is sent as the example gives it, and the answer has the example's shape member by member.
 */
class LinkedSubscriptionSpecExamplesTest {

    private static final String EXAMPLES = "/azure-rest-api-specs/linked-subscriptions/2020-06-01-preview/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path directory;
    static TestEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = TestEmulator.start(directory);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void registerTheExamplesRegistration() {
        emulator.reset();
        JsonNode parameters = example("Put.json").path("parameters");
        String registration = parameters.path("resource").path("properties").path("registrationResourceId").asText();
        new MarketplaceWorld(emulator).register(parameters.path("subscriptionId").asText(), parameters.path("resourceGroup").asText(),
                registration.substring(registration.lastIndexOf('/') + 1), BillingModel.Development, true, true);
    }

    @Test
    void create_or_update_answers_the_201_then_the_200_of_its_example() {
        JsonNode example = example("Put.json");
        String resource = example.path("parameters").path("resource").toString();

        Response created = emulator.http.put(path(example) + version(example), resource);
        Response updated = emulator.http.put(path(example) + version(example), resource);

        assertMatches(example, "201", created);
        assertMatches(example, "200", updated);
        assertThat(updated.json().path("systemData").path("createdAt").asText())
                .isEqualTo(created.json().path("systemData").path("createdAt").asText());
        assertThat(updated.json().path("etag").asText()).isNotEqualTo(created.json().path("etag").asText());
    }

    @Test
    void get_has_the_shape_and_the_identity_of_its_example() {
        JsonNode example = example("Get.json");
        emulator.http.put(path(example) + version(example), example("Put.json").path("parameters").path("resource").toString());

        assertMatches(example, "200", emulator.http.get(path(example) + version(example)));
    }

    @Test
    void update_has_the_shape_and_the_identity_of_its_example() {
        JsonNode example = example("Patch.json");
        emulator.http.put(path(example) + version(example), example("Put.json").path("parameters").path("resource").toString());

        assertMatches(example, "200", emulator.http.patch(path(example) + version(example),
                example.path("parameters").path("resource").toString()));
    }

    private static void assertMatches(JsonNode example, String status, Response answer) {
        JsonNode expected = example.path("responses").path(status).path("body");
        assertThat(answer.status()).as(answer.body()).isEqualTo(Integer.parseInt(status));
        assertThat(SpecShape.mismatches(expected, answer.json())).as(answer.body()).isEmpty();
        for (String member : new String[]{"id", "name", "type", "kind", "location"}) {
            assertThat(answer.json().path(member).asText()).as(member).isEqualTo(expected.path(member).asText());
        }
        for (String property : new String[]{"linkedSubscriptionId", "registrationResourceId", "deviceLinkState", "deviceConnectionStatus"}) {
            assertThat(answer.json().path("properties").path(property).asText()).as(property)
                    .isEqualTo(expected.path("properties").path(property).asText());
        }
    }

    private static String path(JsonNode example) {
        JsonNode p = example.path("parameters");
        return "/subscriptions/" + p.path("subscriptionId").asText() + "/resourceGroups/" + p.path("resourceGroup").asText()
                + "/providers/Microsoft.AzureStack/linkedSubscriptions/" + p.path("linkedSubscriptionName").asText();
    }

    private static String version(JsonNode example) {
        return "?api-version=" + example.path("parameters").path("api-version").asText();
    }

    private static JsonNode example(String file) {
        try (InputStream in = LinkedSubscriptionSpecExamplesTest.class.getResourceAsStream(EXAMPLES + file)) {
            return JSON.readTree(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
