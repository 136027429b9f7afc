package io.stackbridge.domain.localusage;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.UsageApiError.InvalidProperty;
import io.stackbridge.domain.error.UsageApiError.NoApiVersion;
import io.stackbridge.domain.error.UsageApiError.RequestEndTimeIsInFuture;
import io.stackbridge.domain.error.UsageApiError.SubscriptionIdMissingInRequest;
import io.stackbridge.domain.id.SubscriptionId;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * The rules of a usage query (docs/domain.md §6), checked in this order and reporting the first broken
 * one: the caller's subscription, the api-version, the granularity, each reported time (ISO-8601,
 * on a bucket boundary: the hour, or UTC midnight for daily), start before end, an end that is not
 * in the still-open hour or day, the subscriber (provider API only) and the continuation token.
 */
public final class UsageQueryRules {

    public static final String API_VERSION = "2015-06-01-preview";
    public static final String API_VERSION_PARAMETER = "api-version";
    public static final String START = "reportedStartTime";
    public static final String END = "reportedEndTime";
    public static final String SUBSCRIBER = "subscriberId";
    public static final String CALLER = "subscriptionId";
    private static final int MAX_ECHO = 100;

    private UsageQueryRules() {
    }

    /** The query {@code text} asks {@code api} for, judged at {@code now}. */
    public static Either<DomainError, UsageQuery> check(UsageApi api, UsageQueryText text, Instant now) {
        return caller(text.callerSubscription())
                .flatMap(caller -> apiVersion(text.apiVersion())
                        .flatMap(version -> Granularity.parse(text.aggregationGranularity()))
                        .flatMap(granularity -> time(START, text.reportedStartTime(), granularity)
                                .flatMap(start -> time(END, text.reportedEndTime(), granularity)
                                        .flatMap(end -> period(start, end, text.reportedEndTime(), granularity, now))
                                        .flatMap(end -> subscriber(api, text.subscriberId())
                                                .map(subscriber -> new UsageQuery(api, caller, start, end, granularity, subscriber, 0))))))
                .flatMap(query -> position(query, text.continuationToken()));
    }

    private static Either<DomainError, SubscriptionId> caller(Option<String> text) {
        if (text.isEmpty() || text.get().isBlank()) {
            return Either.left(new SubscriptionIdMissingInRequest());
        }
        return SubscriptionId.parse(CALLER, text.get().trim()).toEither().mapLeft(problems -> invalid(CALLER, text.get()));
    }

    private static Either<DomainError, String> apiVersion(Option<String> text) {
        if (text.isEmpty() || text.get().isBlank()) {
            return Either.left(new NoApiVersion());
        }
        return API_VERSION.equalsIgnoreCase(text.get().trim()) ? Either.right(API_VERSION)
                : Either.left(invalid(API_VERSION_PARAMETER, text.get()));
    }

    private static Either<DomainError, Instant> time(String property, Option<String> text, Granularity granularity) {
        return text.flatMap(ReportedTimeText::parse)
                .filter(granularity::isBoundary)
                .toEither(() -> invalid(property, text.getOrElse("")));
    }

    private static Either<DomainError, Instant> period(Instant start, Instant end, Option<String> endText, Granularity granularity,
                                                       Instant now) {
        if (!start.isBefore(end)) {
            return Either.left(invalid(END, endText.getOrElse("")));
        }
        return end.isAfter(granularity.bucketOf(now)) ? Either.left(new RequestEndTimeIsInFuture(end)) : Either.right(end);
    }

    private static Either<DomainError, Option<SubscriptionId>> subscriber(UsageApi api, Option<String> text) {
        if (api != UsageApi.PROVIDER || text.isEmpty() || text.get().isBlank()) {
            return Either.right(Option.none());
        }
        return SubscriptionId.parse(SUBSCRIBER, text.get().trim()).toEither()
                .<DomainError>mapLeft(problems -> invalid(SUBSCRIBER, text.get()))
                .map(Option::some);
    }

    private static Either<DomainError, UsageQuery> position(UsageQuery query, Option<String> text) {
        if (text.isEmpty() || text.get().isBlank()) {
            return Either.right(query);
        }
        return ContinuationToken.decode(text.get())
                .filter(token -> token.continues(query))
                .map(token -> query.at(token.offset()))
                .toEither(() -> invalid(ContinuationToken.PARAMETER, text.get()));
    }

    private static DomainError invalid(String property, String value) {
        String echoed = value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) + "…" : value;
        return new InvalidProperty(property, echoed);
    }
}
