package io.stackbridge.adapters.http.server.linked;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.marketplace.MarketplaceWorld;
import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.stackbridge.adapters.http.server.support.TestEmulator.GROUP;
import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2022;
import static org.assertj.core.api.Assertions.assertThat;

/** The LinkedSubscriptions operations: writes, reads, refusals, languages, faults, journal, paging, auth and reset, over HTTPS in strict auth. */
class LinkedSubscriptionRoutesTest extends EmulatorTestBase {

    private static final String PREVIEW = "?api-version=2020-06-01-preview";
    private static final String LINKED = "104fbb77-2b0e-476a-83de-65ad8acd1f0b";
    private static final String LINKS = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/" + GROUP
            + "/providers/Microsoft.AzureStack/linkedSubscriptions";

    @Test
    void a_link_is_created_then_replaced_with_system_data_and_the_device_of_its_registration() {
        String registration = new MarketplaceWorld(emulator).openRegistration();
        String cloudId = emulator.http.get(registration + V2022).json().path("properties").path("cloudId").asText();

        Response created = emulator.http.put(LINKS + "/link-one" + PREVIEW, body(LINKED, registration, "eastus"));
        Response replaced = emulator.http.put(LINKS + "/LINK-ONE" + PREVIEW, body(LINKED, registration, "westeurope"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        JsonNode link = replaced.json();
        assertThat(link.path("id").asText()).as("the name keeps the casing it was created with").isEqualTo(LINKS + "/link-one");
        assertThat(link.path("type").asText()).isEqualTo("Microsoft.AzureStack/linkedSubscriptions");
        assertThat(link.path("kind").asText()).isEqualTo("AzureStackHub");
        assertThat(link.path("location").asText()).isEqualTo("westeurope");
        assertThat(link.path("properties").path("registrationResourceId").asText()).isEqualTo(registration);
        assertThat(link.path("properties").path("deviceId").asText()).isEqualTo(cloudId);
        assertThat(link.path("properties").path("deviceLinkState").asText()).isEqualTo("Linked");
        assertThat(link.path("properties").path("deviceConnectionStatus").asText()).isEqualTo("Offline");
        JsonNode system = link.path("systemData");
        assertThat(system.path("createdBy").asText()).isEqualTo(DefaultWorld.BRIDGE_CLIENT_ID.value());
        assertThat(system.path("createdByType").asText()).isEqualTo("Application");
        assertThat(system.path("createdAt").asText()).isEqualTo(created.json().path("systemData").path("createdAt").asText());
        assertThat(system.path("lastModifiedAt").asText()).isGreaterThanOrEqualTo(system.path("createdAt").asText());
        assertThat(link.path("etag").asText()).isNotEqualTo(created.json().path("etag").asText());
    }

    @Test
    void a_patch_changes_what_it_gives_and_keeps_the_rest() {
        String registration = new MarketplaceWorld(emulator).openRegistration();
        emulator.http.put(LINKS + "/patched" + PREVIEW, body(LINKED, registration, "eastus"));
        String other = "0c4b4d3f-6a0e-4f5c-9a48-1f1e4c2c2d11";

        Response patched = emulator.http.patch(LINKS + "/patched" + PREVIEW, "{\"properties\":{\"linkedSubscriptionId\":\"" + other + "\"}}");
        Response missing = emulator.http.patch(LINKS + "/absent" + PREVIEW, "{\"location\":\"eastus\"}");

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().path("properties").path("linkedSubscriptionId").asText()).isEqualTo(other);
        assertThat(patched.json().path("location").asText()).isEqualTo("eastus");
        assertThat(patched.json().path("properties").path("registrationResourceId").asText()).isEqualTo(registration);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("ResourceNotFound");
        assertThat(missing.message()).contains(LINKS + "/absent");
    }

    @Test
    void a_patch_with_a_blank_location_is_refused_and_changes_nothing() {
        String registration = new MarketplaceWorld(emulator).openRegistration();
        emulator.http.put(LINKS + "/blank" + PREVIEW, body(LINKED, registration, "eastus"));
        String before = emulator.http.get(LINKS + "/blank" + PREVIEW).body();

        Response blank = emulator.http.patch(LINKS + "/blank" + PREVIEW, "{\"location\":\"   \"}");

        assertThat(blank.status()).as(blank.body()).isEqualTo(400);
        assertThat(blank.code()).isEqualTo("InvalidRequestContent");
        assertThat(blank.message()).contains("location");
        assertThat(emulator.http.get(LINKS + "/blank" + PREVIEW).body()).isEqualTo(before);
    }

    @Test
    void get_and_delete_answer_404_200_and_204_and_an_if_match_must_name_the_tag() {
        String registration = new MarketplaceWorld(emulator).openRegistration();
        String etag = emulator.http.put(LINKS + "/gone" + PREVIEW, body(LINKED, registration, "eastus")).json().path("etag").asText();

        Response wrongTag = emulator.http.withHeader("If-Match", "\"not-the-tag\"").delete(LINKS + "/gone" + PREVIEW);
        Response deleted = emulator.http.withHeader("If-Match", etag).delete(LINKS + "/gone" + PREVIEW);
        Response again = emulator.http.delete(LINKS + "/gone" + PREVIEW);
        Response read = emulator.http.get(LINKS + "/gone" + PREVIEW);

        assertThat(wrongTag.status()).isEqualTo(412);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(204);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.code()).isEqualTo("ResourceNotFound");
        assertThat(emulator.http.get(registration + V2022).status()).as("the registration stays").isEqualTo(200);
    }

    @Test
    void a_missing_registration_is_linked_registration_not_found_in_both_languages() {
        String absent = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/" + GROUP + "/providers/Microsoft.AzureStack/registrations/nowhere";

        Response english = emulator.http.put(LINKS + "/orphan" + PREVIEW, body(LINKED, absent, "eastus"));
        Response french = emulator.http.withHeader("Accept-Language", "fr-FR").put(LINKS + "/orphan" + PREVIEW, body(LINKED, absent, "eastus"));

        assertThat(english.status()).isEqualTo(400);
        assertThat(english.code()).isEqualTo("LinkedRegistrationNotFound");
        assertThat(english.message()).contains(absent);
        assertThat(english.json().path("error").path("target").asText()).isEqualTo("properties.registrationResourceId");
        assertThat(french.code()).isEqualTo("LinkedRegistrationNotFound");
        assertThat(french.message()).contains(absent).isNotEqualTo(english.message());
        assertThat(emulator.http.get(LINKS + "/orphan" + PREVIEW).status()).isEqualTo(404);
    }

    @Test
    void malformed_bodies_and_names_are_refused_with_their_codes() {
        Response badIds = emulator.http.put(LINKS + "/bad" + PREVIEW, body("not-a-guid", "/subscriptions/x/registrations/y", "eastus"));
        Response noProperties = emulator.http.put(LINKS + "/bad" + PREVIEW, "{\"location\":\"eastus\"}");
        Response badName = emulator.http.get(LINKS + "/bad(name)" + PREVIEW);

        assertThat(badIds.status()).isEqualTo(400);
        assertThat(badIds.code()).isEqualTo("InvalidRequestContent");
        assertThat(badIds.message()).contains("properties.linkedSubscriptionId", "properties.registrationResourceId");
        assertThat(noProperties.code()).isEqualTo("InvalidRequestContent");
        assertThat(noProperties.message()).contains("properties");
        assertThat(badName.code()).isEqualTo("InvalidResourceName");
    }

    @Test
    void lists_by_group_and_by_subscription_are_paged_and_a_missing_group_is_refused() {
        String registration = new MarketplaceWorld(emulator).openRegistration();
        for (String name : List.of("c-link", "a-link", "b-link")) {
            emulator.http.put(LINKS + "/" + name + PREVIEW, body(LINKED, registration, "eastus"));
        }

        List<String> byGroup = names(LINKS + PREVIEW);
        List<String> bySubscription = names("/subscriptions/" + SUBSCRIPTION + "/providers/Microsoft.AzureStack/linkedSubscriptions" + PREVIEW);
        Response noGroup = emulator.http.get("/subscriptions/" + SUBSCRIPTION + "/resourceGroups/nothing-here/providers/Microsoft.AzureStack"
                + "/linkedSubscriptions" + PREVIEW);

        assertThat(byGroup).containsExactly("a-link", "b-link", "c-link");
        assertThat(bySubscription).containsExactly("a-link", "b-link", "c-link");
        assertThat(noGroup.code()).isEqualTo("ResourceGroupNotFound");
    }

    @Test
    void linked_subscriptions_are_served_in_the_preview_only() {
        Response stable = emulator.http.get(LINKS + V2022);
        Response none = emulator.http.get(LINKS);

        assertThat(stable.status()).isEqualTo(400);
        assertThat(stable.code()).isEqualTo("InvalidApiVersionParameter");
        assertThat(none.code()).isEqualTo("MissingApiVersionParameter");
    }

    @Test
    void calls_are_journaled_fault_rules_match_them_and_strict_auth_wants_a_token() {
        Response rule = emulator.anonymous.post("/_stackbridge/faults",
                "{\"id\":\"busy-links\",\"operation\":\"LinkedSubscriptions_Get\",\"effect\":{\"type\":\"returnError\",\"code\":\"ServiceUnavailable\"}}");
        Response faulted = emulator.http.get(LINKS + "/any" + PREVIEW);
        emulator.http.get(LINKS + PREVIEW);

        assertThat(rule.status()).as(rule.body()).isEqualTo(201);
        assertThat(faulted.status()).isEqualTo(503);
        assertThat(emulator.anonymous.get("/_stackbridge/journal?operation=LinkedSubscriptions_Get").json().path("entries").get(0)
                .path("faultRule").asText()).isEqualTo("busy-links");
        assertThat(emulator.anonymous.get("/_stackbridge/journal?operation=LinkedSubscriptions_ListByResourceGroup").json()
                .path("entries")).hasSize(1);
        assertThat(emulator.anonymous.get(LINKS + PREVIEW).status()).isEqualTo(401);
    }

    @Test
    void reset_clears_the_links() {
        String registration = new MarketplaceWorld(emulator).openRegistration();
        emulator.http.put(LINKS + "/kept-until-reset" + PREVIEW, body(LINKED, registration, "eastus"));

        emulator.anonymous.post("/_stackbridge/reset", null);

        assertThat(emulator.http.get(LINKS + "/kept-until-reset" + PREVIEW).status()).isEqualTo(404);
    }

    @Test
    void the_operations_list_and_the_provider_advertise_linked_subscriptions() {
        List<String> operations = new ArrayList<>();
        emulator.http.get("/providers/Microsoft.AzureStack/operations" + PREVIEW).json().path("value")
                .forEach(operation -> operations.add(operation.path("name").asText()));
        JsonNode provider = emulator.http.get("/subscriptions/" + SUBSCRIPTION + "/providers/Microsoft.AzureStack" + MarketplaceWorld.RESOURCES)
                .json();
        JsonNode linkedType = null;
        for (JsonNode type : provider.path("resourceTypes")) {
            if (type.path("resourceType").asText().equals("linkedSubscriptions")) {
                linkedType = type;
            }
        }

        assertThat(operations).contains("Microsoft.AzureStack/linkedSubscriptions/read", "Microsoft.AzureStack/linkedSubscriptions/write",
                "Microsoft.AzureStack/linkedSubscriptions/delete");
        assertThat(linkedType).isNotNull();
        assertThat(linkedType.path("apiVersions").get(0).asText()).isEqualTo("2020-06-01-preview");
    }

    private List<String> names(String first) {
        List<String> names = new ArrayList<>();
        String next = first;
        while (next != null) {
            Response page = emulator.http.get(next);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().path("value").forEach(link -> names.add(link.path("name").asText()));
            next = page.json().has("nextLink") ? page.json().path("nextLink").asText().replace(emulator.running.httpsUrl().toString(), "") : null;
        }
        return names;
    }

    static String body(String linkedSubscriptionId, String registrationResourceId, String location) {
        return "{\"location\":\"" + location + "\",\"properties\":{\"linkedSubscriptionId\":\"" + linkedSubscriptionId
                + "\",\"registrationResourceId\":\"" + registrationResourceId + "\"}}";
    }
}
