package io.stackbridge.adapters.http.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.stackbridge.adapters.http.wire.ActivationKeyResult;
import io.stackbridge.adapters.http.wire.RegistrationResource;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.arm.Written;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.ETag;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.registration.RegistrationSummary;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.stackbridge.adapters.http.client.Answers.json;
import static io.stackbridge.adapters.http.client.Answers.right;
import static org.assertj.core.api.Assertions.assertThat;

/** The registration client: the Resource Manager calls of the registration flow, their methods, paths, versions and bodies. */
class HttpRegistrationPortTest {

    private static final SubscriptionId SUBSCRIPTION = SubscriptionId.of("dd8597b4-8739-4467-8b10-f8679f62bfbf");
    private static final CloudId CLOUD = CloudId.of("5bf881b2-6be7-42a1-9f47-d6fcb6737747");
    private static final RegistrationKey KEY = RegistrationKey.of(SUBSCRIPTION.value(), "azurestack", "azurestack-" + CLOUD.value());
    private static final String PATH = ResourceIds.registration(KEY);
    private static final String TOKEN = Base64.getEncoder().encodeToString(
            ("{\"CloudID\":\"" + CLOUD.value() + "\",\"billingModel\":\"PayAsYouUse\"}").getBytes(StandardCharsets.UTF_8));
    private static final RegistrationSummary SUMMARY = new RegistrationSummary(KEY, CLOUD,
            ObjectId.of("2dbdd5f4-daf3-442a-be35-b71c3debee5a"), BillingModel.PayAsYouUse, LinkedHashMap.empty(),
            new ETag("\"0e00ab2b-0000-0000-0000-5a82517f0000\""));

    @RegisterExtension
    static final WireMockExtension WIRE = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private final HttpTransport transport = new HttpTransport(ClientConfig.jvmTrust().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5)));
    private final HttpRegistrationPort registrations = new HttpRegistrationPort(transport, ArmTarget.of(management(), () -> Either.right("arm-token")));

    private static URI management() {
        return URI.create("http://127.0.0.1:" + WIRE.getPort());
    }

    private static String at(String path) {
        return path + "?api-version=2022-06-01";
    }

    @Test
    void registers_the_provider_with_a_resources_api_version_and_the_bearer_token() {
        String path = "/subscriptions/" + SUBSCRIPTION.value() + "/providers/Microsoft.AzureStack/register?api-version=2021-04-01";
        WIRE.stubFor(post(urlEqualTo(path)).willReturn(json(200, "{\"namespace\":\"Microsoft.AzureStack\"}")));

        assertThat(right(registrations.registerProvider(SUBSCRIPTION))).isEqualTo(SUBSCRIPTION);
        WIRE.verify(postRequestedFor(urlEqualTo(path)).withHeader("Authorization", equalTo("Bearer arm-token")));
    }

    @Test
    void creates_the_resource_group_at_its_location() {
        String path = "/subscriptions/" + SUBSCRIPTION.value() + "/resourcegroups/azurestack?api-version=2021-04-01";
        WIRE.stubFor(put(urlEqualTo(path)).willReturn(json(201, "{\"name\":\"azurestack\",\"location\":\"westcentralus\"}")));

        assertThat(right(registrations.createResourceGroup(SUBSCRIPTION, ResourceGroupName.of("azurestack"), "westcentralus")))
                .isEqualTo(ResourceGroupName.of("azurestack"));
        WIRE.verify(putRequestedFor(urlEqualTo(path)).withRequestBody(equalToJson("{\"location\":\"westcentralus\"}")));
    }

    @Test
    void puts_the_registration_token_and_reports_a_201_as_created() {
        WIRE.stubFor(put(urlEqualTo(at(PATH))).willReturn(json(201, RegistrationResource.from(SUMMARY))));

        Written<RegistrationSummary> written = right(registrations.createOrUpdate(KEY, TOKEN));

        assertThat(written).isEqualTo(Written.created(SUMMARY));
        WIRE.verify(putRequestedFor(urlEqualTo(at(PATH)))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"location\":\"global\",\"properties\":{\"registrationToken\":\"" + TOKEN + "\"}}")));
    }

    @Test
    void a_200_to_the_put_is_an_update() {
        WIRE.stubFor(put(urlEqualTo(at(PATH))).willReturn(json(200, RegistrationResource.from(SUMMARY))));

        assertThat(right(registrations.createOrUpdate(KEY, TOKEN)).created()).isFalse();
    }

    @Test
    void the_legacy_api_version_is_a_setting() {
        HttpRegistrationPort legacy = new HttpRegistrationPort(transport,
                ArmTarget.of(management(), () -> Either.right("arm-token")).withApiVersion(ArmTarget.LEGACY_API_VERSION));
        WIRE.stubFor(get(urlEqualTo(PATH + "?api-version=2017-06-01")).willReturn(json(200, RegistrationResource.from(SUMMARY))));

        assertThat(right(legacy.get(KEY))).isEqualTo(SUMMARY);
    }

    @Test
    void delete_tells_a_deletion_from_nothing_to_delete() {
        WIRE.stubFor(delete(urlEqualTo(at(PATH))).willReturn(aResponse().withStatus(200)));
        assertThat(right(registrations.delete(KEY))).isEqualTo(Removal.DELETED);

        WIRE.stubFor(delete(urlEqualTo(at(PATH))).willReturn(aResponse().withStatus(204)));
        assertThat(right(registrations.delete(KEY))).isEqualTo(Removal.ABSENT);
    }

    @Test
    void fetches_the_activation_key() {
        WIRE.stubFor(post(urlEqualTo(at(PATH + "/getactivationkey"))).willReturn(json(200, new ActivationKeyResult("a.b.c"))));

        assertThat(right(registrations.activationKey(KEY)).value()).isEqualTo("a.b.c");
    }
}
