package io.stackbridge.adapters.http.server.arm;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static io.stackbridge.adapters.http.server.support.TestEmulator.GROUP;
import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2017;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2022;
import static io.stackbridge.adapters.http.server.support.TestEmulator.registrationPath;
import static org.assertj.core.api.Assertions.assertThat;

class RegistrationRoutesTest extends EmulatorTestBase {

    @Test
    void put_creates_with_201_then_updates_with_200() {
        CloudId cloud = TestEmulator.newCloud();
        String path = registrationPath(SUBSCRIPTION, "azurestack-" + cloud.value());
        Response created = emulator.http.put(path + V2022, emulator.registrationBody(cloud, BillingModel.PayAsYouUse));
        Response updated = emulator.http.put(path + V2017, emulator.registrationBody(cloud, BillingModel.PayAsYouUse));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("type").asText()).isEqualTo("Microsoft.AzureStack/registrations");
        assertThat(created.json().path("location").asText()).isEqualTo("global");
        assertThat(created.json().path("name").asText()).isEqualTo("azurestack-" + cloud.value());
        assertThat(created.json().path("properties").path("cloudId").asText()).isEqualTo(cloud.value());
        assertThat(created.json().path("properties").path("billingModel").asText()).isEqualTo("PayAsYouUse");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("etag").asText()).isNotEqualTo(created.json().path("etag").asText());
    }

    @Test
    void get_reads_back_what_put_wrote_and_ids_are_echoed() {
        String path = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());
        Response read = emulator.http.withHeader("x-ms-correlation-request-id", "corr-1").get(path + V2022);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("id").asText()).isEqualToIgnoringCase(path);
        assertThat(read.header("x-ms-request-id")).isNotBlank();
        assertThat(read.header("x-ms-correlation-request-id")).isEqualTo("corr-1");
    }

    @Test
    void get_of_a_missing_registration_is_resource_not_found() {
        Response missing = emulator.http.get(registrationPath(SUBSCRIPTION, "nothing-here") + V2022);

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("ResourceNotFound");
        assertThat(missing.header("x-ms-request-id")).isNotBlank();
    }

    @Test
    void patch_changes_tags_and_the_etag() {
        String path = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());
        String before = emulator.http.get(path + V2022).json().path("etag").asText();
        Response patched = emulator.http.patch(path + V2022, "{\"tags\":{\"team\":\"billing\"}}");

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().path("tags").path("team").asText()).isEqualTo("billing");
        assertThat(patched.json().path("etag").asText()).isNotEqualTo(before);
    }

    @Test
    void put_replaces_the_tags_and_a_put_without_tags_clears_them() {
        CloudId cloud = TestEmulator.newCloud();
        String path = registrationPath(SUBSCRIPTION, "azurestack-" + cloud.value());
        String body = emulator.registrationBody(cloud, BillingModel.PayAsYouUse);
        Response tagged = emulator.http.put(path + V2022, body.replace("{\"location\"", "{\"tags\":{\"team\":\"billing\"},\"location\""));
        Response untagged = emulator.http.put(path + V2022, body);

        assertThat(tagged.status()).as(tagged.body()).isEqualTo(201);
        assertThat(tagged.json().path("tags").path("team").asText()).isEqualTo("billing");
        assertThat(untagged.status()).as(untagged.body()).isEqualTo(200);
        assertThat(untagged.json().path("tags").size()).isZero();
        assertThat(emulator.http.get(path + V2022).json().path("tags").size()).isZero();
    }

    @Test
    void a_stale_if_match_is_precondition_failed() {
        String path = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());
        Response stale = emulator.http.withHeader("If-Match", "\"not-the-etag\"").patch(path + V2022, "{\"tags\":{}}");
        String etag = emulator.http.get(path + V2022).json().path("etag").asText();
        Response current = emulator.http.withHeader("If-Match", etag).delete(path + V2022);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("PreconditionFailed");
        assertThat(current.status()).isEqualTo(200);
    }

    @Test
    void delete_answers_200_then_204() {
        String path = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());

        assertThat(emulator.http.delete(path + V2022).status()).isEqualTo(200);
        assertThat(emulator.http.delete(path + V2022).status()).isEqualTo(204);
        assertThat(emulator.http.get(path + V2022).status()).isEqualTo(404);
    }

    @Test
    void the_activation_key_is_a_signed_jwt() {
        String path = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());
        Response key = emulator.http.post(path + "/getactivationkey" + V2017, null);

        assertThat(key.status()).isEqualTo(200);
        assertThat(key.json().path("activationKey").asText().split("\\.")).hasSize(3);
    }

    @Test
    void remote_management_answers_200_empty_with_or_without_api_version() {
        String path = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());

        Response without = emulator.http.post(path + "/enableRemoteManagement", null);
        Response with = emulator.http.post(path + "/enableRemoteManagement" + V2022, null);

        assertThat(without.status()).as(without.body()).isEqualTo(200);
        assertThat(without.body()).isEmpty();
        assertThat(with.status()).isEqualTo(200);
    }

    @Test
    void a_location_other_than_global_is_refused_naming_location() {
        CloudId cloud = TestEmulator.newCloud();
        String body = emulator.registrationBody(cloud, BillingModel.PayAsYouUse).replace("\"global\"", "\"westeurope\"");
        Response refused = emulator.http.put(registrationPath(SUBSCRIPTION, "r1") + V2022, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("InvalidRequestContent");
        assertThat(refused.json().path("error").path("target").asText()).isEqualTo("location");
    }

    @Test
    void lists_by_group_and_by_subscription_page_with_next_links() {
        for (int i = 0; i < 5; i++) {
            emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, TestEmulator.newCloud());
        }
        String byGroup = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/" + GROUP + "/providers/Microsoft.AzureStack/registrations";
        String bySubscription = "/subscriptions/" + SUBSCRIPTION + "/providers/Microsoft.AzureStack/registrations";

        assertThat(follow(byGroup + V2022)).hasSize(3);
        assertThat(follow(bySubscription + V2017)).hasSize(3);
        assertThat(emulator.http.get(byGroup + V2022 + "&$skipToken=garbage!").code()).isEqualTo("InvalidRequestContent");
    }

    /** Every page of a list, following nextLink; asserts the five items come once each. */
    private static List<JsonNode> follow(String first) {
        List<JsonNode> pages = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String next = first;
        while (next != null) {
            Response page = emulator.http.get(next);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            pages.add(page.json());
            page.json().path("value").forEach(item -> names.add(item.path("name").asText()));
            JsonNode link = page.json().get("nextLink");
            next = link == null ? null : URI.create(link.asText()).getRawPath() + "?" + URI.create(link.asText()).getRawQuery();
        }
        assertThat(names).hasSize(5).doesNotHaveDuplicates();
        return pages;
    }
}
