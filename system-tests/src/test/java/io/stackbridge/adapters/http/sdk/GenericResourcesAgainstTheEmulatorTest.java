package io.stackbridge.adapters.http.sdk;

import com.azure.core.credential.TokenCredential;
import com.azure.core.management.exception.ManagementException;
import com.microsoft.aad.msal4j.MsalServiceException;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.fluent.models.GenericResourceExpandedInner;
import com.azure.resourcemanager.resources.models.GenericResource;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.support.EmulatedAzure;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.support.tls.PemTrust;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.registration.RegistrationKey;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.CONTOSO_TENANT;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.FABRIKAM_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.REGISTRATION_SUBSCRIPTION;
import static io.stackbridge.adapters.fakeazure.world.DefaultWorld.RESOURCE_GROUP;
import static io.stackbridge.adapters.http.sdk.AzureSdk.API_VERSION;
import static io.stackbridge.adapters.http.sdk.AzureStackResources.addCustomerSubscription;
import static io.stackbridge.adapters.http.sdk.AzureStackResources.customerSubscriptionId;
import static io.stackbridge.adapters.http.sdk.AzureStackResources.listCustomerSubscriptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Azure SDK for Java's generic ARM client, which nobody here wrote, against the emulator over HTTPS in strict auth. */
class GenericResourcesAgainstTheEmulatorTest {

    private static final String CONTOSO = CONTOSO_SUBSCRIPTION.value();
    private static final String FABRIKAM = FABRIKAM_SUBSCRIPTION.value();

    @TempDir
    static Path directory;
    static EmulatedAzure azure;

    private TokenCredential credential;
    private Exchanges exchanges;
    private ResourceManager arm;

    @BeforeAll
    static void startEmulator() {
        azure = EmulatedAzure.start(EmulatorConfig.inStateDirectory(directory).withHttpPort(0).withPageSize(1));
    }

    @AfterAll
    static void stopEmulator() {
        azure.close();
    }

    @BeforeEach
    void freshWorldAndClient() {
        azure.fake.reset();
        credential = EmulatorSignIn.secret(azure.running.url(), pem(), DefaultWorld.BRIDGE_CLIENT_ID, DefaultWorld.BRIDGE_SECRET);
        exchanges = new Exchanges();
        arm = AzureSdk.resourceManager(azure.running.url(), pem(), credential, exchanges);
    }

    @Test
    void registers_a_stamp_then_adds_gets_lists_and_deletes_customer_subscriptions() {
        CloudId cloud = CloudId.of(UUID.randomUUID().toString());
        GenericResource registration = register(cloud, BillingModel.PayAsYouUse);
        approve(registration.name());

        GenericResource contoso = addCustomerSubscription(arm, registration.name(), CONTOSO);
        GenericResource fabrikam = addCustomerSubscription(arm, registration.name(), FABRIKAM);
        GenericResource read = arm.genericResources().getById(contoso.id(), API_VERSION);
        List<String> listed = listed(registration);
        arm.genericResources().deleteById(contoso.id(), API_VERSION);

        assertThat(properties(registration)).containsEntry("cloudId", cloud.value()).containsEntry("billingModel", "PayAsYouUse");
        assertThat(properties(read)).containsEntry("tenantId", CONTOSO_TENANT.value());
        assertThat(read.id()).isEqualToIgnoringCase(customerSubscriptionId(registration.id(), CONTOSO));
        assertThat(listed).containsExactlyInAnyOrder(contoso.id(), fabrikam.id());
        assertThat(listed(registration)).containsExactly(fabrikam.id());
        assertThat(exchanges.seen()).as("every request the SDK sent was served").allMatch(exchange -> exchange.matches(".* -> 20[01]"))
                .anyMatch(exchange -> exchange.contains("skipToken"));
        assertThat(exchanges.audiences()).as("tokens asked for the emulator's own management address")
                .isNotEmpty().allMatch(audience -> audience.startsWith(azure.running.url().toString()));
    }

    @Test
    void refusals_arrive_as_management_exceptions_with_the_emulators_codes() {
        GenericResource development = register(CloudId.of(UUID.randomUUID().toString()), BillingModel.Development);
        GenericResource unapproved = register(CloudId.of(UUID.randomUUID().toString()), BillingModel.PayAsYouUse);
        String missing = "azurestack-" + UUID.randomUUID();

        assertCode(() -> addCustomerSubscription(arm, missing, CONTOSO), "RegistrationNotFound");
        assertCode(() -> addCustomerSubscription(arm, development.name(), CONTOSO), "CustomerSubscriptionsNotAllowed");
        assertCode(() -> arm.genericResources().getById(customerSubscriptionId(unapproved.id(), FABRIKAM), API_VERSION),
                "CustomerSubscriptionNotFound");
        assertThat(exchanges.seen()).extracting(exchange -> exchange.substring(exchange.length() - 3))
                .containsExactly("201", "201", "404", "409", "404");
    }

    @Test
    void the_bearer_token_policy_sends_no_token_over_plain_http() {
        URI plain = azure.running.httpUrl().get();
        ResourceManager overHttp = AzureSdk.resourceManager(plain, pem(), credential, exchanges);
        String id = customerSubscriptionId("/subscriptions/" + REGISTRATION_SUBSCRIPTION + "/resourceGroups/" + RESOURCE_GROUP
                + "/providers/Microsoft.AzureStack/registrations/azurestack-x", CONTOSO);

        assertThatThrownBy(() -> overHttp.genericResources().getById(id, API_VERSION))
                .isExactlyInstanceOf(RuntimeException.class).hasMessageContaining("HTTPS");
        assertThat(exchanges.seen()).isEmpty();
        Http admin = new Http(plain, PemTrust.trustingNothing(), null);
        assertThat(admin.get("/_stackbridge/health").status()).isEqualTo(200);
        assertThat(admin.get("/_stackbridge/journal?operation=Token_Issue").body()).as("no token was asked for")
                .doesNotContain("oauth2");
    }

    @Test
    void a_wrong_secret_or_a_disabled_principal_fails_in_the_library_with_the_aadsts_code() {
        TokenCredential wrong = EmulatorSignIn.secret(azure.running.url(), pem(), DefaultWorld.BRIDGE_CLIENT_ID, "not-the-secret");
        TokenCredential disabled = EmulatorSignIn.secret(azure.running.url(), pem(), DefaultWorld.DISABLED_CLIENT_ID,
                DefaultWorld.DISABLED_SECRET);

        assertThatThrownBy(() -> AzureSdk.resourceManager(azure.running.url(), pem(), wrong, exchanges).genericResources()
                .getById(customerSubscriptionId(registrationIdOf("azurestack-x"), CONTOSO), API_VERSION))
                .isInstanceOf(MsalServiceException.class).hasMessageContaining("AADSTS7000215");
        assertThatThrownBy(() -> AzureSdk.resourceManager(azure.running.url(), pem(), disabled, exchanges).genericResources()
                .getById(customerSubscriptionId(registrationIdOf("azurestack-x"), CONTOSO), API_VERSION))
                .isInstanceOf(MsalServiceException.class).hasMessageContaining("AADSTS7000112");
        assertThat(exchanges.seen()).as("nothing reached Resource Manager").isEmpty();
    }

    private static String registrationIdOf(String name) {
        return "/subscriptions/" + REGISTRATION_SUBSCRIPTION + "/resourceGroups/" + RESOURCE_GROUP
                + "/providers/Microsoft.AzureStack/registrations/" + name;
    }

    private GenericResource register(CloudId cloud, BillingModel model) {
        return AzureStackResources.createRegistration(arm, "azurestack-" + cloud.value(), azure.fake.registrationToken(cloud, model));
    }

    private void approve(String registrationName) {
        azure.fake.approveMultiTenancy(new RegistrationKey(REGISTRATION_SUBSCRIPTION, RESOURCE_GROUP,
                RegistrationName.of(registrationName))).get();
    }

    private List<String> listed(GenericResource registration) {
        return listCustomerSubscriptions(arm, registration.id()).stream().map(GenericResourceExpandedInner::id).collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(GenericResource resource) {
        return (Map<String, Object>) resource.properties();
    }

    private static void assertCode(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ManagementException.class,
                refused -> assertThat(refused.getValue().getCode()).isEqualTo(code));
    }

    private static Path pem() {
        return azure.running.caCertificate();
    }
}
