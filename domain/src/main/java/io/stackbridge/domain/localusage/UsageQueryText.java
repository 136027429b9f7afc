package io.stackbridge.domain.localusage;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * A usage query exactly as the caller wrote it: the caller's subscription (from the path) and the
 * query parameters, each absent when not given. {@link UsageQueryRules} reads it.
 */
public record UsageQueryText(Option<String> callerSubscription, Option<String> apiVersion, Option<String> reportedStartTime,
                             Option<String> reportedEndTime, Option<String> aggregationGranularity, Option<String> subscriberId,
                             Option<String> continuationToken) {

    public UsageQueryText {
        Objects.requireNonNull(callerSubscription, "callerSubscription");
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(reportedStartTime, "reportedStartTime");
        Objects.requireNonNull(reportedEndTime, "reportedEndTime");
        Objects.requireNonNull(aggregationGranularity, "aggregationGranularity");
        Objects.requireNonNull(subscriberId, "subscriberId");
        Objects.requireNonNull(continuationToken, "continuationToken");
    }

    /** A caller's query of the documented version for [start, end), daily, for every subscriber, first page. */
    public static UsageQueryText of(String callerSubscription, String reportedStartTime, String reportedEndTime) {
        return new UsageQueryText(Option.of(callerSubscription), Option.some(UsageQueryRules.API_VERSION),
                Option.of(reportedStartTime), Option.of(reportedEndTime), Option.none(), Option.none(), Option.none());
    }

    public UsageQueryText withApiVersion(Option<String> version) {
        return new UsageQueryText(callerSubscription, version, reportedStartTime, reportedEndTime, aggregationGranularity,
                subscriberId, continuationToken);
    }

    public UsageQueryText withGranularity(String granularity) {
        return new UsageQueryText(callerSubscription, apiVersion, reportedStartTime, reportedEndTime, Option.of(granularity),
                subscriberId, continuationToken);
    }

    public UsageQueryText withSubscriber(String subscriber) {
        return new UsageQueryText(callerSubscription, apiVersion, reportedStartTime, reportedEndTime, aggregationGranularity,
                Option.of(subscriber), continuationToken);
    }

    public UsageQueryText withContinuationToken(String token) {
        return new UsageQueryText(callerSubscription, apiVersion, reportedStartTime, reportedEndTime, aggregationGranularity,
                subscriberId, Option.of(token));
    }
}
