package io.stackbridge.domain.usage;

import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The hour a usage record covers: starts on the hour (UTC), ends exactly one hour later. */
public record UsageWindow(Instant start, Instant end) {

    public static final Duration LENGTH = Duration.ofHours(1);

    public UsageWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!isOnTheHour(start) || !Duration.between(start, end).equals(LENGTH)) {
            throw new IllegalArgumentException("not an hourly window: " + start + " – " + end);
        }
    }

    /** The window of the hour that contains {@code instant}. */
    public static UsageWindow containing(Instant instant) {
        Instant start = instant.truncatedTo(ChronoUnit.HOURS);
        return new UsageWindow(start, start.plus(LENGTH));
    }

    public static UsageWindow startingAt(Instant start) {
        return new UsageWindow(start, start.plus(LENGTH));
    }

    /** Checks both bounds and reports every problem at once. */
    public static Validation<Seq<Violation>, UsageWindow> of(Instant start, Instant end) {
        List<Violation> problems = List.empty();
        if (!isOnTheHour(start)) {
            problems = problems.append(Violation.of("usageStartTime", start.toString(), Rule.NOT_ON_THE_HOUR));
        }
        if (!Duration.between(start, end).equals(LENGTH)) {
            problems = problems.append(Violation.of("usageEndTime", end.toString(), Rule.NOT_ONE_HOUR));
        }
        return Violation.check(problems, () -> new UsageWindow(start, end));
    }

    public UsageWindow next() {
        return startingAt(end);
    }

    private static boolean isOnTheHour(Instant instant) {
        return instant.truncatedTo(ChronoUnit.HOURS).equals(instant);
    }
}
