package io.stackbridge.adapters.http.server.localusage;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.adapters.http.wire.WireJson;
import io.stackbridge.application.service.localusage.LocalUsageFixtures;
import io.stackbridge.domain.localusage.AggregatePage;
import io.stackbridge.domain.localusage.UsageQueryText;
import io.vavr.collection.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LocalUsageApiTest {

    static final String PROVIDER = "/subscriptions/" + LocalUsageFixtures.P0 + "/providers/Microsoft.Commerce.Admin/subscriberUsageAggregates";
    static final String TENANT = "/subscriptions/" + LocalUsageFixtures.T1 + "/providers/Microsoft.Commerce/usageAggregates";
    static final String DAY = "?reportedStartTime=2026-11-19T00:00:00Z&reportedEndTime=2026-11-20T00:00:00Z&api-version=2015-06-01-preview";
    static final String HOURS = "?reportedStartTime=2026-11-18T12:00:00Z&reportedEndTime=2026-11-20T15:00:00Z"
            + "&aggregationGranularity=Hourly&api-version=2015-06-01-preview";

    @TempDir
    static Path directory;
    static StampEmulator emulator;

    @BeforeAll
    static void start() throws Exception {
        emulator = new StampEmulator(directory);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void the_provider_api_answers_documented_aggregates_of_its_direct_tenants() {
        Response answer = emulator.http.get(PROVIDER + DAY);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("x-ms-request-id")).isNotBlank();
        JsonNode first = answer.json().path("value").get(0);
        JsonNode properties = first.path("properties");
        String subscription = properties.path("subscriptionId").asText();
        String meter = properties.path("meterId").asText();
        assertThat(first.path("name").asText()).isEqualTo(subscription + "-" + meter);
        assertThat(first.path("id").asText())
                .isEqualTo("/subscriptions/" + subscription + "/providers/Microsoft.Commerce.Admin/UsageAggregate/" + subscription + "-" + meter);
        assertThat(first.path("type").asText()).isEqualTo("Microsoft.Commerce.Admin/UsageAggregate");
        assertThat(properties.path("usageStartTime").asText()).isEqualTo("2026-11-19T00:00:00+00:00");
        assertThat(properties.path("usageEndTime").asText()).isEqualTo("2026-11-20T00:00:00+00:00");
        assertThat(properties.path("quantity").isNumber()).isTrue();
        assertThat(List.ofAll(answer.json().path("value")).map(node -> node.path("properties").path("subscriptionId").asText()).distinct())
                .containsExactlyInAnyOrder(LocalUsageFixtures.T1.value(), LocalUsageFixtures.T2.value(), LocalUsageFixtures.P1.value());
        assertThat(answer.json().has("nextLink")).isFalse();
    }

    @Test
    void instance_data_is_a_json_string_under_microsoft_resources() throws Exception {
        JsonNode properties = emulator.http.get(PROVIDER + DAY).json().path("value").get(0).path("properties");

        assertThat(properties.path("instanceData").isTextual()).isTrue();
        JsonNode resources = WireJson.mapper().readTree(properties.path("instanceData").asText()).path("Microsoft.Resources");
        assertThat(List.ofAll(resources::fieldNames)).containsExactly("resourceUri", "location", "tags", "additionalInfo");
        assertThat(resources.path("resourceUri").asText()).startsWith("/subscriptions/" + properties.path("subscriptionId").asText());
        assertThat(resources.path("location").asText()).isEqualTo("local");
    }

    @Test
    void the_tenant_api_answers_the_callers_own_subscription_with_the_tenant_type() {
        Response answer = emulator.http.get(TENANT + DAY);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(List.ofAll(answer.json().path("value")).map(node -> node.path("properties").path("subscriptionId").asText()).distinct())
                .containsExactly(LocalUsageFixtures.T1.value());
        assertThat(answer.json().path("value").get(0).path("type").asText()).isEqualTo("Microsoft.Commerce/UsageAggregate");
        assertThat(answer.json().path("value").get(0).path("id").asText()).contains("/providers/Microsoft.Commerce/UsageAggregate/");
    }

    @Test
    void following_next_links_reads_every_aggregate_in_pages_of_one_thousand() {
        List<Integer> sizes = List.empty();
        String next = PROVIDER + HOURS;
        while (next != null) {
            Response page = emulator.http.get(next);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            sizes = sizes.append(page.json().path("value").size());
            next = page.json().has("nextLink") ? page.json().path("nextLink").asText().substring(emulator.running.httpsUrl().toString().length())
                    : null;
        }

        assertThat(sizes.size()).isGreaterThanOrEqualTo(3);
        assertThat(sizes.init()).containsOnly(1000);
        assertThat(sizes.sum().intValue()).isEqualTo(inProcessCount());
    }

    @Test
    void the_next_link_repeats_the_query_with_the_continuation_token() {
        String nextLink = emulator.http.get(PROVIDER + HOURS).json().path("nextLink").asText();

        assertThat(nextLink).startsWith(emulator.running.httpsUrl() + PROVIDER + "?")
                .contains("reportedStartTime=2026-11-18T12%3A00%3A00Z", "aggregationGranularity=Hourly", "api-version=2015-06-01-preview",
                        "continuationToken=");
    }

    @Test
    void escaped_iso_times_are_accepted() {
        Response answer = emulator.http.get(PROVIDER + "?reportedStartTime=2026-11-19T00%3a00%3a00%2b00%3a00Z"
                + "&reportedEndTime=2026-11-20T00%3a00%3a00%2b00%3a00Z&api-version=2015-06-01-preview");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(emulator.http.get(PROVIDER + DAY).body());
    }

    private static int inProcessCount() {
        UsageQueryText query = UsageQueryText.of(LocalUsageFixtures.P0.value(), "2026-11-18T12:00:00Z", "2026-11-20T15:00:00Z")
                .withGranularity("hourly");
        AggregatePage page = emulator.stamp.provider.subscriberUsageAggregates(query).get();
        int count = page.aggregates().size();
        while (page.next().isDefined()) {
            page = emulator.stamp.provider.subscriberUsageAggregates(query.withContinuationToken(page.next().get().encode())).get();
            count += page.aggregates().size();
        }
        return count;
    }
}
