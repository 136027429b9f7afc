package io.stackbridge.domain.localusage;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import io.stackbridge.domain.error.UsageApiError.InvalidProperty;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static io.stackbridge.domain.localusage.LocalUsageSamples.P0;
import static io.stackbridge.domain.localusage.LocalUsageSamples.T1;
import static org.assertj.core.api.Assertions.assertThat;

class UsageQueryRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T15:30:00Z");
    private static final UsageQueryText HOURLY = UsageQueryText.of(P0.value(), "2026-11-20T10:00:00Z", "2026-11-20T15:00:00Z")
            .withGranularity("hourly");
    private static final UsageQueryText DAILY = UsageQueryText.of(P0.value(), "2026-11-18T00:00:00Z", "2026-11-20T00:00:00Z");

    private static Either<DomainError, UsageQuery> check(UsageQueryText text) {
        return UsageQueryRules.check(UsageApi.PROVIDER, text, NOW);
    }

    private static ErrorCode code(UsageQueryText text) {
        return check(text).getLeft().code();
    }

    private static String property(UsageQueryText text) {
        return ((InvalidProperty) check(text).getLeft()).property();
    }

    private static UsageQueryText times(UsageQueryText text, String start, String end) {
        return new UsageQueryText(text.callerSubscription(), text.apiVersion(), Option.of(start), Option.of(end),
                text.aggregationGranularity(), text.subscriberId(), text.continuationToken());
    }

    @Test
    void a_well_formed_hourly_query_keeps_its_period_and_starts_at_the_first_page() {
        UsageQuery query = check(HOURLY).get();

        assertThat(query.reportedStart()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(query.reportedEnd()).isEqualTo(Instant.parse("2026-11-20T15:00:00Z"));
        assertThat(query.granularity()).isEqualTo(Granularity.HOURLY);
        assertThat(query.caller()).isEqualTo(P0);
        assertThat(query.offset()).isZero();
    }

    @Test
    void a_missing_caller_subscription_is_subscription_id_missing_in_request() {
        UsageQueryText blank = new UsageQueryText(Option.some(" "), HOURLY.apiVersion(), HOURLY.reportedStartTime(),
                HOURLY.reportedEndTime(), HOURLY.aggregationGranularity(), Option.none(), Option.none());

        assertThat(code(blank)).isEqualTo(ErrorCode.SubscriptionIdMissingInRequest);
        assertThat(code(new UsageQueryText(Option.none(), HOURLY.apiVersion(), HOURLY.reportedStartTime(), HOURLY.reportedEndTime(),
                Option.none(), Option.none(), Option.none()))).isEqualTo(ErrorCode.SubscriptionIdMissingInRequest);
    }

    @Test
    void a_malformed_caller_subscription_is_an_invalid_property_naming_it() {
        UsageQueryText malformed = new UsageQueryText(Option.some("sub1.1"), HOURLY.apiVersion(), HOURLY.reportedStartTime(),
                HOURLY.reportedEndTime(), HOURLY.aggregationGranularity(), Option.none(), Option.none());

        assertThat(property(malformed)).isEqualTo("subscriptionId");
    }

    @Test
    void a_missing_api_version_is_no_api_version_before_any_other_problem() {
        UsageQueryText missing = times(HOURLY.withApiVersion(Option.none()), "garbage", "garbage");

        assertThat(code(missing)).isEqualTo(ErrorCode.NoApiVersion);
        assertThat(code(HOURLY.withApiVersion(Option.some("")))).isEqualTo(ErrorCode.NoApiVersion);
    }

    @Test
    void another_api_version_is_an_invalid_property_naming_api_version() {
        UsageQueryText other = HOURLY.withApiVersion(Option.some("2022-06-01"));

        assertThat(property(other)).isEqualTo("api-version");
        assertThat(((InvalidProperty) check(other).getLeft()).value()).isEqualTo("2022-06-01");
    }

    @Test
    void an_unknown_granularity_is_invalid_aggregation_granularity() {
        assertThat(code(HOURLY.withGranularity("weekly"))).isEqualTo(ErrorCode.InvalidAggregationGranularity);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2026-11-20T10:30:00Z", "2026-11-20T10:00:01Z"})
    void a_start_that_is_missing_malformed_or_off_the_hour_is_an_invalid_property_naming_it(String start) {
        assertThat(property(times(HOURLY, start, "2026-11-20T15:00:00Z"))).isEqualTo("reportedStartTime");
    }

    @Test
    void an_end_off_the_hour_is_an_invalid_property_naming_it() {
        assertThat(property(times(HOURLY, "2026-11-20T10:00:00Z", "2026-11-20T14:59:59Z"))).isEqualTo("reportedEndTime");
    }

    @Test
    void an_absent_start_is_an_invalid_property_naming_it() {
        UsageQueryText absent = new UsageQueryText(HOURLY.callerSubscription(), HOURLY.apiVersion(), Option.none(),
                HOURLY.reportedEndTime(), HOURLY.aggregationGranularity(), Option.none(), Option.none());

        assertThat(property(absent)).isEqualTo("reportedStartTime");
    }

    @Test
    void a_daily_query_needs_midnight_at_both_ends() {
        assertThat(check(DAILY).isRight()).isTrue();
        assertThat(property(times(DAILY, "2026-11-18T01:00:00Z", "2026-11-20T00:00:00Z"))).isEqualTo("reportedStartTime");
        assertThat(property(times(DAILY, "2026-11-18T00:00:00Z", "2026-11-19T13:00:00Z"))).isEqualTo("reportedEndTime");
    }

    @Test
    void the_start_must_come_before_the_end() {
        assertThat(property(times(HOURLY, "2026-11-20T12:00:00Z", "2026-11-20T12:00:00Z"))).isEqualTo("reportedEndTime");
        assertThat(property(times(HOURLY, "2026-11-20T13:00:00Z", "2026-11-20T12:00:00Z"))).isEqualTo("reportedEndTime");
    }

    @Test
    void an_end_at_the_start_of_the_current_hour_is_accepted_but_the_end_of_the_current_hour_is_in_the_future() {
        assertThat(check(times(HOURLY, "2026-11-20T10:00:00Z", "2026-11-20T15:00:00Z")).isRight()).isTrue();
        assertThat(code(times(HOURLY, "2026-11-20T10:00:00Z", "2026-11-20T16:00:00Z"))).isEqualTo(ErrorCode.RequestEndTimeIsInFuture);
    }

    @Test
    void a_daily_end_at_todays_midnight_is_accepted_but_tomorrows_is_the_current_day_and_in_the_future() {
        assertThat(check(DAILY).isRight()).isTrue();
        Either<DomainError, UsageQuery> tomorrow = check(times(DAILY, "2026-11-18T00:00:00Z", "2026-11-21T00:00:00Z"));

        assertThat(tomorrow.getLeft().code()).isEqualTo(ErrorCode.RequestEndTimeIsInFuture);
        assertThat(tomorrow.getLeft().arguments()).containsExactly(Instant.parse("2026-11-21T00:00:00Z"));
    }

    @Test
    void the_documented_escaped_form_is_accepted() {
        assertThat(check(times(HOURLY, "2026-11-20T10:00:00+00:00Z", "2026-11-20T15:00:00+00:00Z")).isRight()).isTrue();
    }

    @Test
    void a_malformed_subscriber_is_an_invalid_property_naming_it_on_the_provider_api() {
        assertThat(property(HOURLY.withSubscriber("sub1.1"))).isEqualTo("subscriberId");
        assertThat(check(HOURLY.withSubscriber(T1.value())).get().subscriber()).containsExactly(T1);
    }

    @Test
    void the_tenant_api_has_no_subscriber() {
        UsageQuery query = UsageQueryRules.check(UsageApi.TENANT, HOURLY.withSubscriber("anything"), NOW).get();

        assertThat(query.subscriber()).isEmpty();
    }

    @Test
    void a_continuation_token_of_the_same_query_moves_the_page() {
        UsageQuery first = check(HOURLY).get();
        String token = ContinuationToken.after(first, 1000).encode();

        assertThat(check(HOURLY.withContinuationToken(token)).get().offset()).isEqualTo(1000);
    }

    @Test
    void a_continuation_token_of_another_query_or_none_of_ours_is_an_invalid_property_naming_it() {
        String token = ContinuationToken.after(check(HOURLY).get(), 1000).encode();
        UsageQueryText otherPeriod = times(HOURLY, "2026-11-20T11:00:00Z", "2026-11-20T15:00:00Z").withContinuationToken(token);

        assertThat(property(otherPeriod)).isEqualTo("continuationToken");
        assertThat(property(HOURLY.withSubscriber(T1.value()).withContinuationToken(token))).isEqualTo("continuationToken");
        assertThat(property(HOURLY.withContinuationToken("not-a-token"))).isEqualTo("continuationToken");
        assertThat(UsageQueryRules.check(UsageApi.TENANT, HOURLY.withContinuationToken(token), NOW).getLeft().code())
                .isEqualTo(ErrorCode.InvalidProperty);
    }
}
