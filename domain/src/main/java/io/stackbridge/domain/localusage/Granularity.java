package io.stackbridge.domain.localusage;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.UsageApiError.InvalidAggregationGranularity;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** How the usage APIs bucket usage by reported time: by UTC day (the default) or by hour. */
public enum Granularity {
    DAILY("daily", ChronoUnit.DAYS),
    HOURLY("hourly", ChronoUnit.HOURS);

    public static final String PARAMETER = "aggregationGranularity";

    private final String wireName;
    private final ChronoUnit unit;

    Granularity(String wireName, ChronoUnit unit) {
        this.wireName = wireName;
        this.unit = unit;
    }

    /** Daily when absent or blank; otherwise {@code daily} or {@code hourly} in any case. */
    public static Either<DomainError, Granularity> parse(Option<String> text) {
        if (text.isEmpty() || text.get().isBlank()) {
            return Either.right(DAILY);
        }
        return List.of(values()).find(granularity -> granularity.wireName.equalsIgnoreCase(text.get().trim()))
                .toEither(() -> new InvalidAggregationGranularity(text.get()));
    }

    public Duration length() {
        return unit.getDuration();
    }

    /** The start of the bucket that contains {@code instant}. */
    public Instant bucketOf(Instant instant) {
        return instant.truncatedTo(unit);
    }

    /** True when {@code instant} starts a bucket: on the hour, or at UTC midnight for daily. */
    public boolean isBoundary(Instant instant) {
        return bucketOf(instant).equals(instant);
    }
}
