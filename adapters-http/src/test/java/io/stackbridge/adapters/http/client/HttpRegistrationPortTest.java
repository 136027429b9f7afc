package io.stackbridge.adapters.http.client;

import io.stackbridge.adapters.http.wire.ActivationKeyResult;
import io.stackbridge.adapters.http.wire.RegistrationResource;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.arm.CreatedOrUpdated;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.registration.RegistrationSummary;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;


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
import static io.stackbridge.adapters.http.client.Answers.json;
import static io.stackbridge.adapters.http.client.Answers.right;
import static org.assertj.core.api.Assertions.assertThat;

/** The registration client: the Resource Manager calls of the registration flow, their methods, paths, versions and bodies. */
class HttpRegistrationPortTest extends RegistrationClientTest {

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

        CreatedOrUpdated<RegistrationSummary> written = right(registrations.createOrUpdate(KEY, TOKEN));

        assertThat(written).isEqualTo(CreatedOrUpdated.created(SUMMARY));
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
