package io.stackbridge.adapters.http.server.portal;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.support.EmulatorTestBase;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.server.support.TestEmulator;
import io.stackbridge.adapters.http.server.support.Usage;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageBatch;
import io.stackbridge.domain.usage.UsageRecord;
import io.stackbridge.domain.usage.UsageWindow;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.stackbridge.adapters.http.server.portal.AzurePortalRegistrationsTest.API;
import static io.stackbridge.adapters.http.server.support.TestEmulator.SUBSCRIPTION;
import static io.stackbridge.adapters.http.server.support.TestEmulator.V2022;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The usage Azure booked, as the portal charts it: usage pushed through the usage API shows up per customer
 * subscription and per default subscription, by hour and by day, with exact sums; bad spans are refused.
 */
class AzurePortalUsageTest extends EmulatorTestBase {

    private static final MeterId STORAGE = MeterId.of("9764F92C-E44A-498E-8DC1-AAD66587A810");
    private static final String CONTOSO = DefaultWorld.CONTOSO_SUBSCRIPTION.value();

    private Instant recent;
    private Instant yesterday;
    private Instant longAgo;

    /** Contoso onboarded (its usage billed to its customer subscription), Fabrikam not (billed to the registration's own). */
    private void pushKnownUsage() {
        CloudId cloud = TestEmulator.newCloud();
        String registration = emulator.register(SUBSCRIPTION, BillingModel.PayAsYouUse, cloud);
        assertThat(emulator.anonymous.post(API + "/approvals", "{\"registrationId\":\"" + registration + "\"}").status()).isEqualTo(200);
        assertThat(emulator.http.put(registration + "/customerSubscriptions/" + CONTOSO + V2022, "{}").status()).isBetween(200, 201);
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        recent = hour.minus(2, ChronoUnit.HOURS);
        yesterday = hour.minus(30, ChronoUnit.HOURS);
        longAgo = hour.minus(60, ChronoUnit.HOURS);
        push(cloud, record(DefaultWorld.CONTOSO_TENANT, Usage.METER, "0.1", recent, "vm-1"),
                record(DefaultWorld.CONTOSO_TENANT, Usage.METER, "0.2", recent, "vm-2"),
                record(DefaultWorld.FABRIKAM_TENANT, Usage.METER, "1.25", recent, "vm-3"));
        push(cloud, record(DefaultWorld.CONTOSO_TENANT, STORAGE, "2.5", yesterday, "disk-1"),
                record(DefaultWorld.FABRIKAM_TENANT, Usage.METER, "7.000001", longAgo, "vm-4"));
    }

    private static void push(CloudId cloud, UsageRecord... records) {
        Response pushed = Usage.push(emulator, UsageBatch.of(cloud, List.of(records)));
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);
    }

    private static UsageRecord record(TenantId tenant, MeterId meter, String quantity, Instant hour, String resource) {
        UsageWindow window = UsageWindow.startingAt(hour);
        return new UsageRecord(DefaultWorld.CONTOSO_SUBSCRIPTION, tenant, meter, Quantity.of(quantity), window,
                "/subscriptions/x/resourceGroups/y/providers/Microsoft.Compute/virtualMachines/" + resource, "local",
                LinkedHashMap.empty(), LinkedHashMap.empty(), window.end());
    }

    private static JsonNode usage(String query, String language) {
        Response answered = emulator.anonymous.withHeader("Accept-Language", language).get(API + "/usage" + query);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        return answered.json();
    }

    private static JsonNode series(JsonNode usage, String kind) {
        return List.ofAll(usage.path("series")).find(series -> series.path("kind").asText().equals(kind))
                .getOrElseThrow(() -> new AssertionError("no " + kind + " series in " + usage));
    }

    /** The quantity a series has in the bucket starting at {@code bucket}. */
    private static BigDecimal at(JsonNode usage, JsonNode series, Instant bucket) {
        int index = List.ofAll(usage.path("buckets")).map(JsonNode::asText).indexOf(bucket.toString());
        assertThat(index).as("bucket " + bucket + " in " + usage.path("buckets")).isNotNegative();
        return series.path("quantities").get(index).decimalValue();
    }

    private static BigDecimal sum(JsonNode series) {
        return List.ofAll(series.path("quantities")).map(JsonNode::decimalValue).fold(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void by_hour_each_customer_subscription_and_default_subscription_has_its_exact_sums_over_the_last_48_hours() {
        pushKnownUsage();
        JsonNode hourly = usage("", "en");

        assertThat(hourly.path("grain").asText()).isEqualTo("hour");
        assertThat(hourly.path("buckets").size()).isEqualTo(48);
        assertThat(hourly.path("series").size()).isEqualTo(2);
        JsonNode contoso = series(hourly, "customerSubscription");
        JsonNode own = series(hourly, "defaultSubscription");
        assertThat(contoso.path("key").asText()).isEqualTo(CONTOSO);
        assertThat(contoso.path("label").asText()).isEqualTo(CONTOSO);
        assertThat(own.path("key").asText()).isEqualTo(SUBSCRIPTION);
        assertThat(own.path("label").asText()).isEqualTo("Default subscription " + SUBSCRIPTION);
        assertThat(at(hourly, contoso, recent)).isEqualByComparingTo("0.3");
        assertThat(at(hourly, contoso, yesterday)).isEqualByComparingTo("2.5");
        assertThat(sum(contoso)).isEqualByComparingTo("2.8");
        assertThat(at(hourly, own, recent)).isEqualByComparingTo("1.25");
        assertThat(sum(own)).as("60 hours ago is outside the 48 hours").isEqualByComparingTo("1.25");
        List<String> rows = List.ofAll(hourly.path("rows")).map(row -> row.path("bucket").asText() + " " + row.path("key").asText() + " "
                + row.path("meterId").asText().toUpperCase() + " " + row.path("quantity").decimalValue().toPlainString());
        assertThat(rows).containsExactlyInAnyOrder(recent + " " + CONTOSO + " " + Usage.METER + " 0.3",
                recent + " " + SUBSCRIPTION + " " + Usage.METER + " 1.25", yesterday + " " + CONTOSO + " " + STORAGE + " 2.5");
    }

    @Test
    void by_day_over_72_hours_the_same_usage_is_summed_per_utc_day_to_the_last_decimal() {
        pushKnownUsage();
        JsonNode daily = usage("?grain=day&hours=72", "fr");

        assertThat(daily.path("grain").asText()).isEqualTo("day");
        List<String> buckets = List.ofAll(daily.path("buckets")).map(JsonNode::asText);
        assertThat(buckets).allMatch(bucket -> Instant.parse(bucket).equals(Instant.parse(bucket).truncatedTo(ChronoUnit.DAYS)));
        assertThat(buckets.size()).isBetween(3, 4);
        JsonNode contoso = series(daily, "customerSubscription");
        JsonNode own = series(daily, "defaultSubscription");
        assertThat(own.path("label").asText()).isEqualTo("Abonnement par défaut " + SUBSCRIPTION);
        assertThat(contoso.path("label").asText()).isEqualTo(CONTOSO);
        assertThat(sum(contoso)).isEqualByComparingTo("2.8");
        assertThat(sum(own)).isEqualByComparingTo("8.250001");
        Instant recentDay = recent.truncatedTo(ChronoUnit.DAYS);
        Instant yesterdayDay = yesterday.truncatedTo(ChronoUnit.DAYS);
        BigDecimal expectedRecent = recentDay.equals(yesterdayDay) ? new BigDecimal("2.8") : new BigDecimal("0.3");
        assertThat(at(daily, contoso, recentDay)).isEqualByComparingTo(expectedRecent);
        assertThat(at(daily, own, longAgo.truncatedTo(ChronoUnit.DAYS))).isGreaterThanOrEqualTo(new BigDecimal("7.000001"));
        assertThat(List.ofAll(daily.path("rows")).map(row -> row.path("quantity").decimalValue()).fold(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("11.050001");
    }

    @Test
    void an_empty_ledger_charts_empty_buckets() {
        JsonNode hourly = usage("?hours=1", "en");

        assertThat(hourly.path("buckets").size()).isEqualTo(1);
        assertThat(hourly.path("series").size()).isZero();
        assertThat(hourly.path("rows").size()).isZero();
    }

    @Test
    void a_bad_grain_or_span_is_a_coded_400_in_the_reader_s_language() {
        pushKnownUsage();
        for (String query : List.of("?grain=week", "?grain=%20x", "?hours=0", "?hours=721", "?hours=abc", "?hours=-3", "?grain=day&hours=1.5")) {
            Response refused = emulator.anonymous.get(API + "/usage" + query);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.code()).as(query).isEqualTo("InvalidRequestContent");
            assertThat(refused.message()).as(query).isNotBlank();
        }
        Response french = emulator.anonymous.withHeader("Accept-Language", "fr").get(API + "/usage?grain=week");
        assertThat(french.message()).contains("grain", "week").isNotEqualTo(emulator.anonymous.get(API + "/usage?grain=week").message());
        assertThat(usage("?hours=720", "en").path("buckets").size()).isEqualTo(720);
    }
}
