package io.stackbridge.adapters.http.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.adapters.http.server.support.Usage;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.BatchQuery;
import io.stackbridge.application.port.in.usage.QueryUsageLedgerUseCase.SummaryQuery;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.usage.LedgerSummary;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.ReceivedBatches;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

/** The booked usage read over HTTPS: counts and exact sums, per group and filtered, the same as in process; bad input is a 400. */
class UsageLedgerApiTest extends EmulatorTestBase {

    private static final String USAGE = "/_stackbridge/usage";
    private static final Instant HOUR = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(3, ChronoUnit.HOURS);

    private CloudId east;
    private CloudId west;

    private void pushKnownBatches() {
        east = TestEmulator.newCloud();
        west = TestEmulator.newCloud();
        emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, east);
        emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, west);
        assertThat(Usage.push(emulator, batch(east, 0, "vm-1", "0.1")).status()).isEqualTo(200);
        assertThat(Usage.push(emulator, batch(east, 0, "vm-2", "0.2")).status()).isEqualTo(200);
        assertThat(Usage.push(emulator, batch(west, 1, "vm-3", "1.25")).status()).isEqualTo(200);
    }

    private static UsageBatch batch(CloudId cloud, int hour, String vm, String quantity) {
        UsageWindow window = UsageWindow.startingAt(HOUR.plus(hour, ChronoUnit.HOURS));
        return UsageBatch.of(cloud, List.of(new UsageRecord(DefaultWorld.CONTOSO_SUBSCRIPTION, DefaultWorld.CONTOSO_TENANT, Usage.METER,
                Quantity.of(quantity), window, "/subscriptions/x/resourceGroups/y/providers/Microsoft.Compute/virtualMachines/" + vm,
                "local", LinkedHashMap.empty(), LinkedHashMap.empty(), window.end())));
    }

    @Test
    void totals_count_records_and_sum_exactly() {
        pushKnownBatches();
        Response all = emulator.anonymous.get(USAGE);
        Response firstHour = emulator.anonymous.get(USAGE + "?to=" + HOUR.plusSeconds(60));

        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().path("records").asLong()).isEqualTo(3);
        assertThat(all.json().path("quantity").asText()).isEqualTo("1.55");
        assertThat(firstHour.json().path("records").asLong()).isEqualTo(2);
        assertThat(firstHour.json().path("quantity").asText()).isEqualTo("0.3");
    }

    @Test
    void groups_combine_and_filters_narrow() {
        pushKnownBatches();
        JsonNode byHour = emulator.anonymous.get(USAGE + "?groupBy=hour&groupBy=meter").json().path("groups");
        JsonNode byRegistration = emulator.anonymous.get(USAGE + "?groupBy=registration,subscription&cloudId=" + west).json();
        Response byMeter = emulator.anonymous.get(USAGE + "?meterId=" + Usage.METER + "&from=" + HOUR.plusSeconds(1800));

        assertThat(byHour.size()).isEqualTo(2);
        assertThat(byHour.get(0).path("hour").asText()).isEqualTo(HOUR.toString());
        assertThat(byHour.get(0).path("meterId").asText()).isEqualToIgnoringCase(Usage.METER.value());
        assertThat(byHour.get(0).path("quantity").asText()).isEqualTo("0.3");
        assertThat(byHour.get(0).has("subscriptionId")).isFalse();
        assertThat(byHour.get(1).path("records").asLong()).isEqualTo(1);
        assertThat(byRegistration.path("records").asLong()).isEqualTo(1);
        assertThat(byRegistration.path("groups").get(0).path("registration").asText()).startsWith("/subscriptions/" + SUBSCRIPTION);
        assertThat(byRegistration.path("groups").get(0).has("subscriptionId")).isTrue();
        assertThat(byMeter.json().path("quantity").asText()).isEqualTo("1.25");
    }

    @Test
    void the_answer_is_the_one_fake_azure_gives_in_process() {
        pushKnownBatches();
        LedgerSummary inProcess = emulator.fake.usageLedger(SummaryQuery.ALL);
        JsonNode overHttp = emulator.anonymous.get(USAGE).json();

        assertThat(overHttp.path("records").asLong()).isEqualTo(inProcess.records());
        assertThat(overHttp.path("quantity").asText()).isEqualTo(inProcess.quantity().toString());
    }

    @Test
    void bad_input_is_a_400_envelope_and_changes_nothing() {
        pushKnownBatches();
        String before = emulator.anonymous.get(USAGE + "?groupBy=hour").body();
        List<String> bad = List.of("?groupBy=tenant", "?subscriptionId=nope", "?meterId=x", "?cloudId=1", "?from=yesterday",
                "?from=" + HOUR.plusSeconds(7200) + "&to=" + HOUR);

        for (String query : bad) {
            Response refused = emulator.anonymous.get(USAGE + query);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.code()).as(query).isEqualTo("InvalidRequestContent");
            assertThat(refused.json().path("error").path("message").asText()).as(query).isNotBlank();
        }
        Response french = emulator.anonymous.withHeader("Accept-Language", "fr")
                .get(USAGE + "?from=" + HOUR.plusSeconds(7200) + "&to=" + HOUR);
        assertThat(french.json().path("error").path("message").asText()).contains("incompatible", "to");
        assertThat(emulator.anonymous.get(USAGE + "?groupBy=hour").body()).isEqualTo(before);
    }

    @Test
    void the_batches_are_listed_in_the_order_received_a_page_at_a_time() {
        pushKnownBatches();
        JsonNode all = emulator.anonymous.get(USAGE + "/batches").json();
        JsonNode westOnly = emulator.anonymous.get(USAGE + "/batches?cloudId=" + west).json();
        JsonNode second = emulator.anonymous.get(USAGE + "/batches?skip=1&limit=1").json();
        ReceivedBatches inProcess = emulator.fake.usageBatches(new BatchQuery(Option.none(), 0, 10));

        assertThat(all.path("total").asLong()).isEqualTo(3);
        assertThat(all.path("limit").asInt()).isEqualTo(100);
        assertThat(all.path("batches").get(0).path("cloudId").asText()).isEqualTo(east.value());
        assertThat(all.path("batches").get(0).path("records").asInt()).isEqualTo(1);
        assertThat(all.path("batches").get(0).path("booked").asInt()).isEqualTo(1);
        assertThat(Instant.parse(all.path("batches").get(0).path("firstSeen").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(all.path("batches").get(0).path("id").asText()).isEqualTo(inProcess.page().head().id().value());
        assertThat(westOnly.path("total").asLong()).isEqualTo(1);
        assertThat(second.path("batches").size()).isEqualTo(1);
        assertThat(second.path("batches").get(0).path("id").asText()).isEqualTo(inProcess.page().get(1).id().value());
    }

    @Test
    void a_batch_that_booked_nothing_is_listed_with_the_time_it_arrived() {
        pushKnownBatches();
        UsageBatch first = batch(east, 0, "vm-1", "0.1");
        UsageBatch rebatched = new UsageBatch(BatchId.of("rebatched-after-a-crash"), east, first.records());
        Instant before = Instant.now().minusSeconds(1);
        assertThat(Usage.push(emulator, rebatched).status()).isEqualTo(200);

        JsonNode listed = emulator.anonymous.get(USAGE + "/batches?skip=3").json().path("batches").get(0);
        assertThat(listed.path("id").asText()).isEqualTo(rebatched.id().value());
        assertThat(listed.path("booked").asInt()).isZero();
        assertThat(Instant.parse(listed.path("firstSeen").asText())).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(emulator.fake.usageBatches(new BatchQuery(Option.none(), 3, 1)).page().head().firstSeen().isDefined()).isTrue();
    }

    @Test
    void a_bad_page_is_a_400_envelope() {
        for (String query : List.of("?limit=0", "?limit=1001", "?skip=-1", "?skip=many", "?cloudId=nope")) {
            Response refused = emulator.anonymous.get(USAGE + "/batches" + query);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.code()).as(query).isEqualTo("InvalidRequestContent");
        }
    }
}
