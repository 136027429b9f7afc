package io.stackbridge.adapters.http.server.marketplace;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.domain.billing.BillingModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.stackbridge.adapters.http.server.support.TestEmulator.GROUP;
import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2017;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2022;
import static org.assertj.core.api.Assertions.assertThat;

/** The Products operations' refusals, languages, faults, journal and paging, over HTTPS in strict auth. */
class ProductRoutesTest extends EmulatorTestBase {

    private static final String VM_ACCESS = "Microsoft.OSTCExtensions.VMAccessForLinux.1.4.7.1";
    private static final String RHEL = "RedHat.RHEL.8_8.8.8.2023112309";

    @Test
    void an_unknown_product_or_registration_is_resource_not_found_naming_it() {
        String registration = new MarketplaceWorld(emulator).openRegistration();
        String missingRegistration = TestEmulator.registrationPath(SUBSCRIPTION, "azurestack-absent");

        Response product = emulator.http.get(registration + "/products/Contoso.Nothing.1.0" + V2022);
        Response check = emulator.http.post(registration + "/products/Contoso.Nothing.1.0/getProduct" + V2022, null);
        Response noRegistration = emulator.http.get(missingRegistration + "/products" + V2022);

        assertThat(product.status()).isEqualTo(404);
        assertThat(product.code()).isEqualTo("ResourceNotFound");
        assertThat(product.message()).contains(registration + "/products/Contoso.Nothing.1.0");
        assertThat(check.code()).isEqualTo("ResourceNotFound");
        assertThat(noRegistration.code()).isEqualTo("ResourceNotFound");
        assertThat(noRegistration.message()).contains("azurestack-absent").doesNotContain("/products");
    }

    @Test
    void a_registration_without_marketplace_syndication_is_refused_every_products_operation() {
        String closed = new MarketplaceWorld(emulator).register(SUBSCRIPTION, GROUP, "azurestack-" + TestEmulator.newCloud().value(),
                BillingModel.Development, false, true);
        List<Response> answers = List.of(emulator.http.get(closed + "/products" + V2022),
                emulator.http.get(closed + "/products/" + VM_ACCESS + V2022),
                emulator.http.post(closed + "/products/" + VM_ACCESS + "/listDetails" + V2022, null),
                emulator.http.post(closed + "/products/_all/listProducts" + V2022, null),
                emulator.http.post(closed + "/products/_all/getProducts" + V2022, null),
                emulator.http.post(closed + "/products/" + VM_ACCESS + "/getProduct" + V2022, null),
                emulator.http.post(closed + "/products/" + VM_ACCESS + "/uploadProductLog" + V2022, "{}"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.code()).isEqualTo("MarketplaceSyndicationDisabled");
        });
        assertThat(answers.get(0).json().path("error").path("target").asText()).isEqualTo("marketplaceSyndicationEnabled");
    }

    @Test
    void compatibility_is_told_in_the_caller_s_language_and_a_bad_device_configuration_is_refused() {
        String registration = new MarketplaceWorld(emulator).openRegistration();
        String getProduct = registration + "/products/" + RHEL + "/getProduct" + V2022;

        JsonNode english = emulator.http.post(getProduct, null).json().path("properties").path("compatibility");
        JsonNode french = emulator.http.withHeader("Accept-Language", "fr-FR").post(getProduct, null).json()
                .path("properties").path("compatibility");
        Response bad = emulator.http.post(getProduct, "{\"deviceVersion\":\"22H2\",\"identitySystem\":\"LDAP\"}");

        assertThat(english.path("isCompatible").asBoolean()).isFalse();
        assertThat(english.path("issues").get(0).asText()).isEqualTo("PayAsYouGoBillingModelRequired");
        assertThat(english.path("message").asText()).contains("Development", "PayAsYouUse");
        assertThat(french.path("issues").get(0).asText()).isEqualTo("PayAsYouGoBillingModelRequired");
        assertThat(french.path("message").asText()).contains("Development", "PayAsYouUse").isNotEqualTo(english.path("message").asText());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("InvalidRequestContent");
        assertThat(bad.message()).contains("deviceVersion", "identitySystem");
    }

    @Test
    void the_device_configuration_decides_version_and_identity_issues() {
        String registration = new MarketplaceWorld(emulator).openRegistration();
        String eventHubs = registration + "/products/Microsoft.EventHub.ResourceProvider.1.2102.5.0/getProduct" + V2022;

        JsonNode old = emulator.http.post(eventHubs, "{\"deviceVersion\":\"2008.0.0.0\",\"identitySystem\":\"ADFS\"}").json();
        JsonNode fine = emulator.http.post(eventHubs, "{\"deviceVersion\":\"2206.2.66\",\"identitySystem\":\"AzureAD\"}").json();

        assertThat(issues(old.path("properties").path("compatibility")))
                .containsExactly("HigherDeviceVersionRequired", "AzureADIdentitySystemRequired");
        assertThat(fine.path("properties").path("compatibility").path("isCompatible").asBoolean()).isTrue();
    }

    @Test
    void products_list_is_paged_and_served_in_both_api_versions() {
        String registration = new MarketplaceWorld(emulator).openRegistration();
        List<String> names = new ArrayList<>();
        String next = registration + "/products" + V2017;
        while (next != null) {
            Response page = emulator.http.get(next);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().path("value").forEach(product -> names.add(product.path("name").asText()));
            next = page.json().has("nextLink") ? page.json().path("nextLink").asText().replace(emulator.running.httpsUrl().toString(), "") : null;
        }

        assertThat(names).hasSize(15).doesNotHaveDuplicates().allMatch(name -> name.startsWith(registration.substring(
                registration.lastIndexOf('/') + 1) + "/"));
        assertThat(emulator.http.get(registration + "/products?api-version=2020-06-01-preview").status()).isEqualTo(200);
        assertThat(emulator.http.get(registration + "/products?api-version=2016-01-01").code()).isEqualTo("InvalidApiVersionParameter");
    }

    @Test
    void products_calls_are_journaled_and_fault_rules_match_them_by_operation_name() {
        String registration = new MarketplaceWorld(emulator).openRegistration();
        Response rule = emulator.anonymous.post("/_stackbridge/faults",
                "{\"id\":\"busy-market\",\"operation\":\"Products_ListDetails\",\"effect\":{\"type\":\"returnError\",\"code\":\"ServiceUnavailable\"}}");
        Response faulted = emulator.http.post(registration + "/products/" + VM_ACCESS + "/listDetails" + V2022, null);
        emulator.http.post(registration + "/products/" + VM_ACCESS + "/uploadProductLog" + V2022,
                "{\"operation\":\"Download\",\"status\":\"Succeeded\"}");

        assertThat(rule.status()).as(rule.body()).isEqualTo(201);
        assertThat(faulted.status()).isEqualTo(503);
        assertThat(emulator.anonymous.get("/_stackbridge/journal?operation=Products_ListDetails").json().path("entries").get(0)
                .path("faultRule").asText()).isEqualTo("busy-market");
        assertThat(emulator.anonymous.get("/_stackbridge/journal?operation=Products_UploadLog").json().path("entries")).hasSize(1);
    }

    @Test
    void without_a_token_products_are_refused_in_strict_auth() {
        String registration = new MarketplaceWorld(emulator).openRegistration();

        assertThat(emulator.anonymous.get(registration + "/products" + V2022).status()).isEqualTo(401);
    }

    @Test
    void the_operations_list_advertises_the_products_and_cloud_manifest_operations_and_the_provider_lists_their_types() {
        Response operations = emulator.http.get("/providers/Microsoft.AzureStack/operations" + V2022);
        List<String> names = new ArrayList<>();
        operations.json().path("value").forEach(operation -> names.add(operation.path("name").asText()));
        Response provider = emulator.http.get("/subscriptions/" + SUBSCRIPTION + "/providers/Microsoft.AzureStack" + MarketplaceWorld.RESOURCES);
        List<String> types = new ArrayList<>();
        provider.json().path("resourceTypes").forEach(type -> types.add(type.path("resourceType").asText()));

        assertThat(names).contains("Microsoft.AzureStack/registrations/products/read",
                "Microsoft.AzureStack/registrations/products/listDetails/action",
                "Microsoft.AzureStack/registrations/products/getProduct/action",
                "Microsoft.AzureStack/registrations/products/uploadProductLog/action");
        assertThat(names).contains("Microsoft.AzureStack/cloudManifestFiles/read", "Microsoft.AzureStack/generateDeploymentLicense/action");
        assertThat(types).contains("registrations/products", "cloudManifestFiles", "generateDeploymentLicense");
    }

    private static List<String> issues(JsonNode compatibility) {
        List<String> found = new ArrayList<>();
        compatibility.path("issues").forEach(issue -> found.add(issue.asText()));
        return found;
    }
}
