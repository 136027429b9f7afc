package io.stackbridge.adapters.http.server.marketplace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.domain.billing.BillingModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays the Products examples of Microsoft's REST specification (copied under
 * {@code src/test/resources/azure-rest-api-specs/products/<api-version>}, sources in its README) against the
 * emulator: same subscription, resource group, registration and product, and the answer has the
 * example's shape member by member.
 */
class ProductSpecExamplesTest {

    private static final String EXAMPLES = "/azure-rest-api-specs/products/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path directory;
    static TestEmulator emulator;

    @BeforeAll
    static void startWithTheExamplesRegistration() {
        emulator = TestEmulator.start(directory, config -> config.withPageSize(100));
        JsonNode parameters = example("2022-06-01", "List.json").path("parameters");
        new MarketplaceWorld(emulator).register(parameters.path("subscriptionId").asText(), parameters.path("resourceGroup").asText(),
                parameters.path("registrationName").asText(), BillingModel.Development, true, true);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-06-01", "2017-06-01"})
    void products_list_has_the_shape_of_its_example(String apiVersion) {
        JsonNode example = example(apiVersion, "List.json");
        Response answer = emulator.http.get(path(example, "") + version(example));

        assertMatches(example, answer);
        assertThat(answer.json().path("value").size()).as("the whole default catalog").isEqualTo(15);
        assertThat(answer.json().has("nextLink")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-06-01", "2017-06-01"})
    void products_get_has_the_shape_and_the_identity_of_its_example(String apiVersion) {
        JsonNode example = example(apiVersion, "Get.json");
        Response answer = emulator.http.get(path(example, "/products/" + product(example)) + version(example));

        assertMatches(example, answer);
        assertSameIdentity(example, answer);
        assertThat(answer.json().path("properties").path("payloadLength").asLong()).isEqualTo(46959);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-06-01", "2017-06-01"})
    void products_list_details_has_the_shape_of_its_example(String apiVersion) {
        JsonNode example = example(apiVersion, "Post.json");
        Response answer = emulator.http.post(path(example, "/products/" + product(example) + "/listDetails") + version(example), null);

        assertMatches(example, answer);
        assertThat(answer.json().path("properties").path("vmOsType").asText()).isEqualTo("Linux");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-06-01", "2017-06-01"})
    void products_list_products_and_get_products_have_the_shape_of_their_example_and_find_the_same_issue(String apiVersion) {
        JsonNode example = example(apiVersion, "ListPost.json");
        String post = path(example, "/products/" + product(example));
        Response listed = emulator.http.post(post + "/listProducts" + version(example), null);
        Response got = emulator.http.post(post + "/getProducts" + version(example), "{\"deviceVersion\":\"1910.0.0.0\"}");

        assertMatches(example, listed);
        assertMatches(example, got);
        JsonNode wordpress = byName(got.json(), "wordpress4-4");
        assertThat(wordpress.path("properties").path("compatibility").path("isCompatible").asBoolean()).isFalse();
        assertThat(wordpress.path("properties").path("compatibility").path("issues").get(0).asText())
                .isEqualTo(byName(example.path("responses").path("200").path("body"), "wordpress4-4")
                        .path("properties").path("compatibility").path("issues").get(0).asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-06-01", "2017-06-01"})
    void products_get_product_has_the_shape_and_the_identity_of_its_example(String apiVersion) {
        JsonNode example = example(apiVersion, "GetPost.json");
        Response answer = emulator.http.post(path(example, "/products/" + product(example) + "/getProduct") + version(example), null);

        assertMatches(example, answer);
        assertSameIdentity(example, answer);
        assertThat(answer.json().path("properties").path("compatibility").path("isCompatible").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-06-01", "2017-06-01"})
    void products_upload_log_has_the_shape_of_its_example(String apiVersion) {
        JsonNode example = example(apiVersion, "UploadLog.json");
        JsonNode logged = example.path("responses").path("200").path("body");
        JsonNode given = example.path("parameters").path("marketplaceProductLogUpdate");
        String update = given.isObject() ? given.toString() : "{\"operation\":\"" + logged.path("operation").asText() + "\",\"status\":\""
                + logged.path("status").asText() + "\",\"error\":\"" + logged.path("error").asText() + "\",\"details\":\""
                + logged.path("details").asText() + "\"}";
        Response answer = emulator.http.post(path(example, "/products/" + product(example) + "/uploadProductLog") + version(example), update);

        assertMatches(example, answer);
        assertThat(answer.json().path("status").asText()).isEqualTo("Failed");
        assertThat(answer.json().path("registrationName").asText()).isEqualTo(example.path("parameters").path("registrationName").asText());
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

    private static JsonNode byName(JsonNode list, String product) {
        for (JsonNode item : list.path("value")) {
            if (item.path("name").asText().endsWith("/" + product)) {
                return item;
            }
        }
        throw new AssertionError("no " + product + " in " + list);
    }

    private static String path(JsonNode example, String tail) {
        JsonNode p = example.path("parameters");
        return "/subscriptions/" + p.path("subscriptionId").asText() + "/resourceGroups/" + p.path("resourceGroup").asText()
                + "/providers/Microsoft.AzureStack/registrations/" + p.path("registrationName").asText()
                + (tail.isEmpty() ? "/products" : tail);
    }

    private static String product(JsonNode example) {
        return example.path("parameters").path("productName").asText();
    }

    private static String version(JsonNode example) {
        return "?api-version=" + example.path("parameters").path("api-version").asText();
    }

    private static JsonNode example(String apiVersion, String file) {
        try (InputStream in = ProductSpecExamplesTest.class.getResourceAsStream(EXAMPLES + apiVersion + "/" + file)) {
            return JSON.readTree(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
