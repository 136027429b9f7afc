package io.stackbridge.adapters.http.server.portal;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.domain.billing.BillingModel;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static io.stackbridge.adapters.http.server.support.TestEmulator.EA_SUBSCRIPTION;
import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2022;
import static org.assertj.core.api.Assertions.assertThat;

/** The portal's Azure side over HTTPS: every registration with its tenants, and multi-tenancy approved and revoked from the page. */
class AzurePortalRegistrationsTest extends EmulatorTestBase {

    static final String API = "/_stackbridge/portal/api/azure";

    private static JsonNode registrations(String language) {
        Response listed = emulator.anonymous.withHeader("Accept-Language", language).get(API + "/registrations");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        return listed.json().path("registrations");
    }

    private static JsonNode only(String registrationPath) {
        return List.ofAll(registrations("en")).find(entry -> entry.path("id").asText().equalsIgnoreCase(registrationPath))
                .getOrElseThrow(() -> new AssertionError("not listed: " + registrationPath));
    }

    private static Response approve(String registrationPath) {
        return emulator.anonymous.post(API + "/approvals", "{\"registrationId\":\"" + registrationPath + "\"}");
    }

    private static Response revoke(String registrationPath) {
        return emulator.anonymous.withHeader("Content-Type", "application/json").delete(API + "/approvals?registrationId=" + URLEncoder.encode(registrationPath, StandardCharsets.UTF_8));
    }

    @Test
    void every_registration_of_every_subscription_is_listed_with_its_customer_subscriptions_after_onboarding() {
        String partner = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());
        String enterprise = emulator.register(EA_SUBSCRIPTION, BillingModel.Development, TestEmulator.newCloud());
        assertThat(approve(partner).status()).isEqualTo(200);
        Response onboarded = emulator.http.put(partner + "/customerSubscriptions/" + DefaultWorld.CONTOSO_SUBSCRIPTION + V2022, "{}");
        assertThat(onboarded.status()).as(onboarded.body()).isBetween(200, 201);

        for (String language : List.of("en", "fr")) {
            JsonNode listed = registrations(language);
            assertThat(listed.size()).isEqualTo(2);
            assertThat(List.ofAll(listed).map(entry -> entry.path("subscriptionId").asText()))
                    .containsExactlyInAnyOrder(SUBSCRIPTION, EA_SUBSCRIPTION);
        }
        JsonNode withTenant = only(partner);
        assertThat(withTenant.path("multiTenancyApproved").asBoolean()).isTrue();
        assertThat(withTenant.path("billingModel").asText()).isEqualTo("PayAsYouUse");
        assertThat(withTenant.path("resourceGroup").asText()).isEqualTo(TestEmulator.GROUP);
        assertThat(withTenant.path("name").asText()).isEqualTo(partner.substring(partner.lastIndexOf('/') + 1));
        assertThat(withTenant.path("cloudId").asText()).isNotBlank();
        JsonNode customer = withTenant.path("customerSubscriptions").get(0);
        assertThat(withTenant.path("customerSubscriptions").size()).isEqualTo(1);
        assertThat(customer.path("name").asText()).isEqualTo(DefaultWorld.CONTOSO_SUBSCRIPTION.value());
        assertThat(customer.path("tenantId").asText()).isEqualTo(DefaultWorld.CONTOSO_TENANT.value());
        assertThat(customer.path("id").asText()).isEqualToIgnoringCase(partner + "/customerSubscriptions/" + DefaultWorld.CONTOSO_SUBSCRIPTION);
        JsonNode alone = only(enterprise);
        assertThat(alone.path("multiTenancyApproved").asBoolean()).isFalse();
        assertThat(alone.path("customerSubscriptions").size()).isZero();
    }

    @Test
    void an_approval_given_and_taken_back_from_the_portal_shows_in_the_list_and_governs_onboarding() {
        String partner = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());

        Response approved = approve(partner);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().path("multiTenancyApproved").asBoolean()).isTrue();
        assertThat(only(partner).path("multiTenancyApproved").asBoolean()).isTrue();
        assertThat(emulator.http.put(partner + "/customerSubscriptions/" + DefaultWorld.CONTOSO_SUBSCRIPTION + V2022, "{}").status())
                .isBetween(200, 201);

        Response revoked = revoke(partner);
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().path("multiTenancyApproved").asBoolean()).isFalse();
        assertThat(only(partner).path("multiTenancyApproved").asBoolean()).isFalse();
        assertThat(only(partner).path("customerSubscriptions").size()).as("the tenants added stay").isEqualTo(1);
        assertThat(emulator.http.put(partner + "/customerSubscriptions/" + DefaultWorld.FABRIKAM_SUBSCRIPTION + V2022, "{}").code())
                .isEqualTo("UnauthorizedCspRegistration");
    }

    @Test
    void bad_approval_requests_are_coded_in_the_reader_s_language_and_change_nothing() {
        String partner = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());
        String before = emulator.anonymous.get(API + "/registrations").body();

        for (String body : List.of("{}", "{\"registrationId\":\"\"}", "{\"registrationId\":42}", "{\"registrationId\":\"/subscriptions/x\"}",
                "not json", "[]")) {
            Response refused = emulator.anonymous.post(API + "/approvals", body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.code()).as(body).isEqualTo("InvalidRequestContent");
        }
        Response plainText = emulator.anonymous.send("POST", API + "/approvals", "{\"registrationId\":\"" + partner + "\"}", "text/plain");
        assertThat(plainText.status()).isEqualTo(415);
        assertThat(plainText.code()).isNotBlank();
        assertThat(revoke("nope").code()).isEqualTo("InvalidRequestContent");
        assertThat(emulator.anonymous.withHeader("Content-Type", "application/json").delete(API + "/approvals").code()).isEqualTo("InvalidRequestContent");
        Response absent = approve(TestEmulator.registrationPath(SUBSCRIPTION, "absent"));
        assertThat(absent.status()).isEqualTo(404);
        assertThat(absent.code()).isEqualTo("RegistrationNotFound");
        Response french = emulator.anonymous.withHeader("Accept-Language", "fr").post(API + "/approvals", "{}");
        Response english = emulator.anonymous.post(API + "/approvals", "{}");
        assertThat(french.code()).isEqualTo("InvalidRequestContent");
        assertThat(french.message()).contains("registrationId").isNotEqualTo(english.message());
        assertThat(emulator.anonymous.get(API + "/registrations").body()).isEqualTo(before);
    }
}
