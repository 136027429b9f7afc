package io.stackbridge.adapters.http.server.localusage;

import io.stackbridge.adapters.http.server.support.Response;
import io.stackbridge.application.service.localusage.LocalUsageFixtures;
import org.junit.jupiter.api.Test;

import static io.stackbridge.adapters.http.server.localusage.LocalUsageApiTest.DAY;
import static io.stackbridge.adapters.http.server.localusage.LocalUsageApiTest.HOURS;
import static io.stackbridge.adapters.http.server.localusage.LocalUsageApiTest.PROVIDER;
import static io.stackbridge.adapters.http.server.localusage.LocalUsageApiTest.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

class LocalUsageErrorsTest extends StampEmulatorTestBase {

    private static final String V = "&api-version=2015-06-01-preview";

    private static Response refused(String pathAndQuery, String code) {
        Response answer = emulator.http.get(pathAndQuery);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo(code);
        return answer;
    }

    @Test
    void a_missing_api_version_is_no_api_version_on_both_apis() {
        refused(PROVIDER + "?reportedStartTime=2026-11-19T00:00:00Z&reportedEndTime=2026-11-20T00:00:00Z", "NoApiVersion");
        refused(TENANT + "?reportedStartTime=2026-11-19T00:00:00Z&reportedEndTime=2026-11-20T00:00:00Z", "NoApiVersion");
    }

    @Test
    void another_api_version_is_an_invalid_property_targeting_api_version() {
        Response answer = refused(PROVIDER + "?reportedStartTime=2026-11-19T00:00:00Z&reportedEndTime=2026-11-20T00:00:00Z"
                + "&api-version=2022-06-01", "InvalidProperty");

        assertThat(answer.json().path("error").path("target").asText()).isEqualTo("api-version");
    }

    @Test
    void times_off_the_boundary_are_invalid_properties_naming_them() {
        Response start = refused(PROVIDER + "?reportedStartTime=2026-11-19T00:30:00Z&reportedEndTime=2026-11-20T00:00:00Z" + V,
                "InvalidProperty");
        Response dailyEnd = refused(PROVIDER + "?reportedStartTime=2026-11-19T00:00:00Z&reportedEndTime=2026-11-19T13:00:00Z" + V,
                "InvalidProperty");

        assertThat(start.json().path("error").path("target").asText()).isEqualTo("reportedStartTime");
        assertThat(dailyEnd.json().path("error").path("target").asText()).isEqualTo("reportedEndTime");
    }

    @Test
    void an_end_in_the_current_hour_is_in_the_future() {
        refused(PROVIDER + "?reportedStartTime=2026-11-20T10:00:00Z&reportedEndTime=2026-11-20T16:00:00Z&aggregationGranularity=hourly" + V,
                "RequestEndTimeIsInFuture");
    }

    @Test
    void an_unknown_granularity_is_invalid_aggregation_granularity() {
        refused(PROVIDER + DAY + "&aggregationGranularity=weekly", "InvalidAggregationGranularity");
    }

    @Test
    void a_subscriber_that_is_not_a_direct_tenant_is_refused_with_a_french_message_when_asked() {
        Response answer = emulator.http.withHeader("Accept-Language", "fr-FR").get(PROVIDER + DAY + "&subscriberId=" + LocalUsageFixtures.T3);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("SubscriberIdIsNotDirectTenant");
        assertThat(answer.message()).isEqualTo("L’abonnement " + LocalUsageFixtures.T3 + " n’est pas un locataire direct de l’abonnement fournisseur "
                + LocalUsageFixtures.P0 + ".");
    }

    @Test
    void a_missing_api_version_is_told_in_french_too() {
        Response answer = emulator.http.withHeader("Accept-Language", "fr").get(TENANT + "?reportedStartTime=2026-11-19T00:00:00Z");

        assertThat(answer.code()).isEqualTo("NoApiVersion");
        assertThat(answer.message()).isEqualTo("Le paramètre de requête api-version est absent.");
    }

    @Test
    void a_blank_caller_subscription_is_subscription_id_missing_in_request() {
        refused("/subscriptions/%20/providers/Microsoft.Commerce/usageAggregates" + DAY, "SubscriptionIdMissingInRequest");
    }

    @Test
    void a_continuation_token_of_another_query_is_an_invalid_property_naming_it() {
        String nextLink = emulator.http.get(PROVIDER + HOURS).json().path("nextLink").asText();
        String token = nextLink.substring(nextLink.indexOf("continuationToken=") + "continuationToken=".length());

        Response answer = refused(PROVIDER + DAY + "&continuationToken=" + token, "InvalidProperty");

        assertThat(answer.json().path("error").path("target").asText()).isEqualTo("continuationToken");
    }

    @Test
    void a_call_without_a_token_is_refused_like_any_resource_manager_call() {
        Response answer = emulator.anonymous.get(PROVIDER + DAY);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("InvalidAuthenticationToken");
    }

    @Test
    void a_fault_rule_makes_the_provider_api_answer_service_unavailable_with_retry_after() {
        Response added = emulator.anonymous.post("/_stackbridge/faults", "{\"id\":\"busy\",\"operation\":\"SubscriberUsageAggregates_List\","
                + "\"times\":1,\"effect\":{\"type\":\"returnError\",\"code\":\"ServiceUnavailable\"}}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);

        Response busy = emulator.http.get(PROVIDER + DAY);
        Response served = emulator.http.get(PROVIDER + DAY);

        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.code()).isEqualTo("ServiceUnavailable");
        assertThat(busy.header("Retry-After")).isNotBlank();
        assertThat(served.status()).isEqualTo(200);
    }

    @Test
    void other_methods_are_not_allowed() {
        Response answer = emulator.http.delete(PROVIDER + DAY);

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Allow")).isEqualTo("GET, HEAD");
    }
}
