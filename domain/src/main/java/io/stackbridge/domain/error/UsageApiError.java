package io.stackbridge.domain.error;

import io.stackbridge.domain.id.SubscriptionId;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;

/** Why the stamp's provider or tenant usage API refused a query. */
public sealed interface UsageApiError extends DomainError {

    /** The {@code api-version} query parameter is missing. */
    record NoApiVersion() implements UsageApiError {
        public List<Object> arguments() {
            return List.empty();
        }

        public Option<String> target() {
            return Option.some("api-version");
        }
    }

    /** A query property is missing or malformed. */
    record InvalidProperty(String property, String value) implements UsageApiError {
        public List<Object> arguments() {
            return List.of(property, value);
        }

        public Option<String> target() {
            return Option.some(property);
        }
    }

    /** The reported end time lies in the future (or in the current, unfinished period). */
    record RequestEndTimeIsInFuture(Instant reportedEndTime) implements UsageApiError {
        public List<Object> arguments() {
            return List.of(reportedEndTime);
        }

        public Option<String> target() {
            return Option.some("reportedEndTime");
        }
    }

    /** The subscriber is not a direct tenant of the calling provider. */
    record SubscriberIdIsNotDirectTenant(SubscriptionId subscriberId, SubscriptionId providerSubscriptionId)
            implements UsageApiError {
        public List<Object> arguments() {
            return List.of(subscriberId, providerSubscriptionId);
        }

        public Option<String> target() {
            return Option.some("subscriberId");
        }
    }

    /** The caller's subscription ID is missing from the request. */
    record SubscriptionIdMissingInRequest() implements UsageApiError {
        public List<Object> arguments() {
            return List.empty();
        }

        public Option<String> target() {
            return Option.some("subscriptionId");
        }
    }

    /** The aggregation granularity is neither {@code daily} nor {@code hourly}. */
    record InvalidAggregationGranularity(String granularity) implements UsageApiError {
        public List<Object> arguments() {
            return List.of(granularity);
        }

        public Option<String> target() {
            return Option.some("aggregationGranularity");
        }
    }

    /** The usage service is busy or throttling; retry after the given number of seconds. */
    record ServiceUnavailable(long retryAfterSeconds) implements UsageApiError {
        public List<Object> arguments() {
            return List.of(retryAfterSeconds);
        }
    }
}
