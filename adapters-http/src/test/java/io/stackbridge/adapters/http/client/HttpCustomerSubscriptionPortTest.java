package io.stackbridge.adapters.http.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.stackbridge.adapters.http.wire.CustomerSubscriptionResource;
import io.stackbridge.adapters.http.wire.Page;
import io.stackbridge.domain.arm.Removal;
import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.ETag;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.stackbridge.domain.text.Language;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.stackbridge.adapters.http.client.Answers.armError;
import static io.stackbridge.adapters.http.client.Answers.json;
import static io.stackbridge.adapters.http.client.Answers.left;
import static io.stackbridge.adapters.http.client.Answers.right;
import static org.assertj.core.api.Assertions.assertThat;

/** The customer subscription client: its calls, pages followed to the end, and the onboarding codes of docs/domain.md §5. */
class HttpCustomerSubscriptionPortTest {

    private static final RegistrationKey KEY = RegistrationKey.of("dd8597b4-8739-4467-8b10-f8679f62bfbf", "azurestack", "testregistration");
    private static final String CONTOSO = "E09A4E93-29A7-4EBA-A6D4-76202383F07F";
    private static final TenantId TENANT = TenantId.of("dbab3982-796f-4d03-9908-044c08aef8a2");
    private static final String LIST = ResourceIds.registration(KEY) + "/customerSubscriptions?api-version=2022-06-01";

    @RegisterExtension
    static final WireMockExtension WIRE = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private final HttpCustomerSubscriptionPort customers = new HttpCustomerSubscriptionPort(
            new HttpTransport(ClientConfig.jvmTrust().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))),
            ArmTarget.of(URI.create("http://127.0.0.1:" + WIRE.getPort()), () -> Either.right("arm-token")));

    private static String path(String customer) {
        return ResourceIds.customerSubscription(KEY, customer) + "?api-version=2022-06-01";
    }

    private static CustomerSubscription mapping(String customer, TenantId tenant) {
        return new CustomerSubscription(KEY, SubscriptionId.of(customer), tenant, new ETag("\"" + customer.substring(0, 8) + "\""));
    }

    private static CustomerSubscriptionResource resource(String customer, TenantId tenant) {
        return CustomerSubscriptionResource.from(mapping(customer, tenant));
    }

    private static String messageOf(DomainError error) {
        return ErrorMessages.message(error, Language.EN);
    }

    @Test
    void adds_a_customer_subscription_for_a_tenant() {
        WIRE.stubFor(put(urlEqualTo(path(CONTOSO))).willReturn(json(200, resource(CONTOSO, TENANT))));

        assertThat(right(customers.add(KEY, CONTOSO, Option.some(TENANT)))).isEqualTo(mapping(CONTOSO, TENANT));
        WIRE.verify(putRequestedFor(urlEqualTo(path(CONTOSO)))
                .withHeader("Authorization", equalTo("Bearer arm-token"))
                .withRequestBody(equalToJson("{\"properties\":{\"tenantId\":\"" + TENANT.value() + "\"}}")));
    }

    @Test
    void without_a_tenant_the_body_carries_no_properties() {
        WIRE.stubFor(put(urlEqualTo(path(CONTOSO))).willReturn(json(200, resource(CONTOSO, TENANT))));

        right(customers.add(KEY, CONTOSO, Option.none()));

        WIRE.verify(putRequestedFor(urlEqualTo(path(CONTOSO))).withRequestBody(equalToJson("{}")));
    }

    @Test
    void gets_and_removes_one() {
        WIRE.stubFor(get(urlEqualTo(path(CONTOSO))).willReturn(json(200, resource(CONTOSO, TENANT))));
        WIRE.stubFor(delete(urlEqualTo(path(CONTOSO))).willReturn(aResponse().withStatus(200)));

        assertThat(right(customers.get(KEY, CONTOSO)).tenantId()).isEqualTo(TENANT);
        assertThat(right(customers.remove(KEY, CONTOSO))).isEqualTo(Removal.DELETED);

        WIRE.stubFor(delete(urlEqualTo(path(CONTOSO))).willReturn(aResponse().withStatus(204)));
        assertThat(right(customers.remove(KEY, CONTOSO))).isEqualTo(Removal.ABSENT);
    }

    @Test
    void lists_every_page_until_there_is_no_next_link() {
        String base = "http://127.0.0.1:" + WIRE.getPort();
        String second = "11111111-1111-1111-1111-111111111111";
        String third = "22222222-2222-2222-2222-222222222222";
        WIRE.stubFor(get(urlEqualTo(LIST)).willReturn(json(200, new Page<>(List.of(resource(CONTOSO, TENANT)), base + LIST + "&page=2"))));
        WIRE.stubFor(get(urlEqualTo(LIST + "&page=2")).willReturn(json(200, new Page<>(List.of(resource(second, TENANT)), base + LIST + "&page=3"))));
        WIRE.stubFor(get(urlEqualTo(LIST + "&page=3")).willReturn(json(200, new Page<>(List.of(resource(third, TENANT)), null))));

        assertThat(right(customers.list(KEY))).containsExactly(mapping(CONTOSO, TENANT), mapping(second, TENANT), mapping(third, TENANT));
        WIRE.verify(3, getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(ResourceIds.registration(KEY)
                + "/customerSubscriptions")).withHeader("Authorization", equalTo("Bearer arm-token")));
    }

    @Test
    void an_empty_list_is_empty() {
        WIRE.stubFor(get(urlEqualTo(LIST)).willReturn(json(200, "{\"value\":[]}")));

        assertThat(right(customers.list(KEY))).isEmpty();
    }

    @Test
    void a_next_link_to_another_host_is_not_followed_with_the_token() {
        WIRE.stubFor(get(urlEqualTo(LIST)).willReturn(json(200, new Page<>(List.of(resource(CONTOSO, TENANT)),
                "https://elsewhere.example" + LIST + "&page=2"))));

        DomainError error = left(customers.list(KEY));

        assertThat(error.code()).isEqualTo(ErrorCode.NetworkError);
        assertThat(((BridgeError.NetworkError) error).cause()).contains("nextLink");
    }

    @Test
    void a_next_link_going_round_in_circles_ends_in_an_error() {
        String base = "http://127.0.0.1:" + WIRE.getPort();
        WIRE.stubFor(get(urlEqualTo(LIST)).willReturn(json(200, new Page<>(List.of(resource(CONTOSO, TENANT)), base + LIST))));

        assertThat(left(customers.list(KEY)).code()).isEqualTo(ErrorCode.NetworkError);
    }

    @Test
    void a_missing_registration_is_named_by_the_three_values_of_the_request() {
        WIRE.stubFor(put(urlEqualTo(path(CONTOSO))).willReturn(armError(404, "RegistrationNotFound", "No such registration.", "registrationName")));

        DomainError error = left(customers.add(KEY, CONTOSO, Option.none()));

        assertThat(error.code()).isEqualTo(ErrorCode.RegistrationNotFound);
        assertThat(messageOf(error)).contains(KEY.subscriptionId().value(), KEY.resourceGroup().value(), KEY.name().value());
        assertThat(error.target()).contains("registrationName");
    }

    @Test
    void a_malformed_customer_subscription_id_is_named_and_targeted() {
        String malformed = "not a subscription/id";
        WIRE.stubFor(put(urlEqualTo(path("not%20a%20subscription%2Fid")))
                .willReturn(armError(400, "InvalidCustomerSubscriptionId", "Not a GUID.", "customerSubscriptionId")));

        DomainError error = left(customers.add(KEY, malformed, Option.none()));

        assertThat(error.code()).isEqualTo(ErrorCode.InvalidCustomerSubscriptionId);
        assertThat(messageOf(error)).contains(malformed);
        assertThat(error.target()).contains("customerSubscriptionId");
    }

    @Test
    void a_registration_of_another_billing_model_may_not_add_tenants() {
        WIRE.stubFor(put(urlEqualTo(path(CONTOSO))).willReturn(armError(409, "CustomerSubscriptionsNotAllowed", "Capacity.")));

        DomainError error = left(customers.add(KEY, CONTOSO, Option.none()));

        assertThat(error.code()).isEqualTo(ErrorCode.CustomerSubscriptionsNotAllowed);
        assertThat(messageOf(error)).contains(KEY.name().value());
    }

    @Test
    void an_unapproved_registration_and_a_failing_directory_keep_their_codes() {
        WIRE.stubFor(put(urlEqualTo(path(CONTOSO))).willReturn(armError(403, "UnauthorizedCspRegistration", "Not approved.")));
        assertThat(left(customers.add(KEY, CONTOSO, Option.none())).code()).isEqualTo(ErrorCode.UnauthorizedCspRegistration);

        WIRE.stubFor(put(urlEqualTo(path(CONTOSO))).willReturn(armError(502, "MetadataResolverBadGatewayError", "Directory down.")));
        DomainError error = left(customers.add(KEY, CONTOSO, Option.none()));
        assertThat(error.code()).isEqualTo(ErrorCode.MetadataResolverBadGatewayError);
        assertThat(error.code().retryable()).isTrue();
    }

    @Test
    void a_customer_of_another_partner_names_the_customer_and_the_registration() {
        WIRE.stubFor(put(urlEqualTo(path(CONTOSO))).willReturn(armError(400, "BadCustomerSubscriptionId", "Other partner.")));

        DomainError error = left(customers.add(KEY, CONTOSO, Option.none()));

        assertThat(error.code()).isEqualTo(ErrorCode.BadCustomerSubscriptionId);
        assertThat(messageOf(error)).contains(CONTOSO, KEY.name().value());
    }

    @Test
    void a_subscription_never_added_is_not_found_naming_it() {
        WIRE.stubFor(get(urlEqualTo(path(CONTOSO))).willReturn(armError(404, "CustomerSubscriptionNotFound", "Never added.")));

        DomainError error = left(customers.get(KEY, CONTOSO));

        assertThat(error.code()).isEqualTo(ErrorCode.CustomerSubscriptionNotFound);
        assertThat(messageOf(error)).contains(CONTOSO);
    }
}
