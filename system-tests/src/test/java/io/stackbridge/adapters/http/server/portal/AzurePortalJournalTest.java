package io.stackbridge.adapters.http.server.portal;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.adapters.http.server.support.Usage;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.stackbridge.adapters.http.server.portal.AzurePortalRegistrationsTest.API;
import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2022;
import static org.assertj.core.api.Assertions.assertThat;

/** The journal as the portal follows it: the entries after a sequence number, the journal's fields under the portal's names. */
class AzurePortalJournalTest extends EmulatorTestBase {

    private static JsonNode journal(String query, String language) {
        Response answer = emulator.anonymous.withHeader("Accept-Language", language).get(API + "/journal" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<Long> sequences(JsonNode journal) {
        return List.ofAll(journal.path("entries")).map(entry -> entry.path("sequence").asLong());
    }

    @Test
    void after_pages_through_the_new_entries_oldest_first_and_last_is_the_next_after() {
        CloudId cloud = TestEmulator.newCloud();
        String registration = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, cloud);
        emulator.http.get(registration + V2022);

        JsonNode all = journal("", "en");
        assertThat(sequences(all)).containsExactly(1L, 2L);
        assertThat(all.path("last").asLong()).isEqualTo(2);
        assertThat(journal("?after=0", "fr")).isEqualTo(all);
        JsonNode none = journal("?after=2", "en");
        assertThat(none.path("entries").size()).isZero();
        assertThat(none.path("last").asLong()).isEqualTo(2);

        emulator.anonymous.put(API + "/presets/usage-service-busy", "{}");
        Usage.push(emulator, Usage.batch(cloud, 1, "1"));
        JsonNode grown = journal("?after=" + none.path("last").asLong(), "en");
        assertThat(sequences(grown)).containsExactly(3L);
        assertThat(grown.path("last").asLong()).isEqualTo(3);
        JsonNode newest = journal("?limit=2", "en");
        assertThat(sequences(newest)).as("a view that fell behind gets the newest").containsExactly(2L, 3L);
        assertThat(newest.path("skipped").asLong()).isEqualTo(1);
        assertThat(newest.path("last").asLong()).isEqualTo(3);
        assertThat(journal("?after=1&limit=5", "en").path("skipped").asLong()).isZero();
        assertThat(journal("?after=99", "en").path("entries").size()).isZero();
        assertThat(journal("?after=99", "en").path("last").asLong()).as("a cleared journal numbers from 1 again: last tells").isEqualTo(3);
    }

    @Test
    void an_entry_carries_the_journal_s_fields_under_the_portal_s_names() {
        CloudId cloud = TestEmulator.newCloud();
        String registration = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, cloud);
        emulator.http.get(registration.replace("azurestack-", "absent-") + V2022);
        emulator.anonymous.put(API + "/presets/usage-service-busy", "{}");
        Usage.push(emulator, Usage.batch(cloud, 1, "1"));

        List<JsonNode> entries = List.ofAll(journal("", "en").path("entries"));
        JsonNode created = entries.get(0);
        assertThat(created.path("operation").asText()).isEqualTo("Registrations_CreateOrUpdate");
        assertThat(created.path("method").asText()).isEqualTo("PUT");
        assertThat(created.path("path").asText()).isEqualToIgnoringCase(registration);
        assertThat(created.path("status").asInt()).isEqualTo(200);
        assertThat(created.path("code").isNull()).isTrue();
        assertThat(created.path("faulted").asBoolean()).isFalse();
        assertThat(Instant.parse(created.path("at").asText())).isBeforeOrEqualTo(Instant.now());
        JsonNode missing = entries.get(1);
        assertThat(missing.path("method").asText()).isEqualTo("GET");
        assertThat(missing.path("status").asInt()).isEqualTo(404);
        assertThat(missing.path("code").asText()).isEqualTo("ResourceNotFound");
        JsonNode faulted = entries.get(2);
        assertThat(faulted.path("operation").asText()).isEqualTo("Usage_Push");
        assertThat(faulted.path("method").asText()).isEqualTo("PUT");
        assertThat(faulted.path("status").asInt()).isEqualTo(503);
        assertThat(faulted.path("code").asText()).isEqualTo("ServiceUnavailable");
        assertThat(faulted.path("faulted").asBoolean()).isTrue();
        assertThat(faulted.path("faultRule").asText()).isEqualTo("usage-service-busy");
        assertThat(entries).as("portal calls are never journaled").hasSize(3);
    }

    @Test
    void a_bad_after_or_limit_is_a_coded_400_in_the_reader_s_language() {
        for (String query : List.of("after=abc", "after=-1", "after=1.5", "after=9999999999999999999999", "limit=0", "limit=5001",
                "limit=x", "after=x&limit=0")) {
            Response refused = emulator.anonymous.get(API + "/journal?" + query);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.code()).as(query).isEqualTo("InvalidRequestContent");
        }
        Response french = emulator.anonymous.withHeader("Accept-Language", "fr").get(API + "/journal?after=abc");
        assertThat(french.message()).contains("after").isNotEqualTo(emulator.anonymous.get(API + "/journal?after=abc").message());
    }
}
