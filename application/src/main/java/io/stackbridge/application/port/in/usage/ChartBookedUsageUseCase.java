package io.stackbridge.application.port.in.usage;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.usage.Quantity;
import io.stackbridge.domain.usage.UsageGrain;
import io.vavr.collection.List;

import java.time.Instant;
import java.util.Objects;

/**
 * The usage Azure booked over the last hours of the emulator's clock, bucketed by hour or by day, per
 * billed subscription (a customer subscription, or a registration's own default subscription) and meter.
 */
public interface ChartBookedUsageUseCase {

    /** The most hours a chart looks back over (thirty days). */
    int MOST_HOURS = 720;

    /** The grain and how many hours back from the current hour (included) the chart covers, 1 to {@link #MOST_HOURS}. */
    record Span(UsageGrain grain, int hours) {
        public Span {
            Objects.requireNonNull(grain, "grain");
            if (hours < 1 || hours > MOST_HOURS) {
                throw new IllegalArgumentException("hours out of 1.." + MOST_HOURS + ": " + hours);
            }
        }
    }

    /** The quantity of one meter billed to one subscription in one bucket; {@code defaultSubscription} when a registration's own pays. */
    record BookedAmount(Instant bucket, SubscriptionId billedTo, boolean defaultSubscription, MeterId meterId, Quantity quantity) {
        public BookedAmount {
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(billedTo, "billedTo");
            Objects.requireNonNull(meterId, "meterId");
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    /**
     * The chart's buckets (their starts, oldest first, covering usage hours in [from, to)) and the amounts
     * booked in them, ordered by bucket, subscription and meter; a bucket with no usage has no amount.
     */
    record BookedUsage(UsageGrain grain, Instant from, Instant to, List<Instant> buckets, List<BookedAmount> amounts) {
        public BookedUsage {
            Objects.requireNonNull(grain, "grain");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(buckets, "buckets");
            Objects.requireNonNull(amounts, "amounts");
        }
    }

    BookedUsage chart(Span span);
}
