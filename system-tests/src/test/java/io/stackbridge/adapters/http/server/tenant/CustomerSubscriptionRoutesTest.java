package io.stackbridge.adapters.http.server.tenant;

import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.domain.billing.BillingModel;
import org.junit.jupiter.api.Test;

import static io.stackbridge.adapters.http.server.support.TestEmulator.EA_SUBSCRIPTION;
import static io.stackbridge.adapters.http.server.support.TestEmulator.GROUP;
import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2017;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2022;
import static io.stackbridge.adapters.http.server.support.TestEmulator.registrationPath;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerSubscriptionRoutesTest extends EmulatorTestBase {

    private static final String CONTOSO = DefaultWorld.CONTOSO_SUBSCRIPTION.value();
    private static final String FABRIKAM = DefaultWorld.FABRIKAM_SUBSCRIPTION.value();

    /** A PayAsYouUse registration approved for multi-tenancy through the admin API. */
    private static String approvedRegistration() {
        String path = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());
        String name = path.substring(path.lastIndexOf('/') + 1);
        Response approved = emulator.anonymous.put("/_stackbridge/approvals/" + SUBSCRIPTION + "/" + GROUP + "/" + name, null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return path;
    }

    @Test
    void put_answers_200_with_the_resource_then_get_reads_it() {
        String registration = approvedRegistration();
        String path = registration + "/customerSubscriptions/" + CONTOSO;
        Response put = emulator.http.put(path + V2017, "{\"properties\":{\"tenantId\":\"" + DefaultWorld.CONTOSO_TENANT + "\"}}");
        Response get = emulator.http.get(path + V2022);

        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().path("type").asText()).isEqualTo("Microsoft.AzureStack/registrations/customerSubscriptions");
        assertThat(put.json().path("name").asText()).endsWith("/" + CONTOSO);
        assertThat(put.json().path("properties").path("tenantId").asText()).isEqualTo(DefaultWorld.CONTOSO_TENANT.value());
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.json().path("id").asText()).isEqualToIgnoringCase(path);
    }

    @Test
    void put_without_a_body_takes_the_directory_tenant() {
        String registration = approvedRegistration();
        Response put = emulator.http.send("PUT", registration + "/customerSubscriptions/" + FABRIKAM + V2022, null, null);

        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().path("properties").path("tenantId").asText()).isEqualTo(DefaultWorld.FABRIKAM_TENANT.value());
    }

    @Test
    void list_pages_and_delete_answers_200_then_204() {
        String registration = approvedRegistration();
        emulator.http.put(registration + "/customerSubscriptions/" + CONTOSO + V2022, "{}");
        emulator.http.put(registration + "/customerSubscriptions/" + FABRIKAM + V2022, "{}");
        Response first = emulator.http.get(registration + "/customerSubscriptions" + V2022);

        assertThat(first.json().path("value")).hasSize(2);
        assertThat(emulator.http.delete(registration + "/customerSubscriptions/" + CONTOSO + V2022).status()).isEqualTo(200);
        assertThat(emulator.http.delete(registration + "/customerSubscriptions/" + CONTOSO + V2022).status()).isEqualTo(204);
        assertThat(emulator.http.get(registration + "/customerSubscriptions/" + CONTOSO + V2022).code())
                .isEqualTo("CustomerSubscriptionNotFound");
    }

    @Test
    void onboarding_refusals_keep_their_codes_and_statuses() {
        String capacity = emulator.register(EA_SUBSCRIPTION, BillingModel.Capacity, TestEmulator.newCloud());
        String unapproved = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());
        String approved = approvedRegistration();

        assertError(emulator.http.put(registrationPath(SUBSCRIPTION, "absent") + "/customerSubscriptions/" + CONTOSO + V2022, "{}"),
                404, "RegistrationNotFound");
        assertError(emulator.http.put(capacity + "/customerSubscriptions/" + CONTOSO + V2022, "{}"), 409, "CustomerSubscriptionsNotAllowed");
        assertError(emulator.http.put(unapproved + "/customerSubscriptions/" + CONTOSO + V2022, "{}"), 403, "UnauthorizedCspRegistration");
        assertError(emulator.http.put(approved + "/customerSubscriptions/not-a-guid" + V2022, "{}"), 400, "InvalidCustomerSubscriptionId");
        assertError(emulator.http.put(approved + "/customerSubscriptions/" + DefaultWorld.EA_CUSTOMER_SUBSCRIPTION + V2022, "{}"),
                400, "InvalidCSPSubscription");
        assertError(emulator.http.put(approved + "/customerSubscriptions/" + DefaultWorld.OTHER_PARTNER_SUBSCRIPTION + V2022, "{}"),
                400, "BadCustomerSubscriptionId");
    }

    @Test
    void a_malformed_tenant_id_in_the_body_is_invalid_request_content() {
        String registration = approvedRegistration();
        Response refused = emulator.http.put(registration + "/customerSubscriptions/" + CONTOSO + V2022,
                "{\"properties\":{\"tenantId\":\"nope\"}}");

        assertError(refused, 400, "InvalidRequestContent");
        assertThat(refused.json().path("error").path("target").asText()).isEqualTo("properties.tenantId");
    }

    private static void assertError(Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.code()).isEqualTo(code);
    }
}
