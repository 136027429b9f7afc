package io.stackbridge.domain.usage;

import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How booked usage is bucketed for a chart: by usage hour, or by UTC day. */
public enum UsageGrain {
    HOUR(ChronoUnit.HOURS),
    DAY(ChronoUnit.DAYS);

    public static final String FIELD = "grain";

    private final ChronoUnit unit;

    UsageGrain(ChronoUnit unit) {
        this.unit = unit;
    }

    /** The start of the bucket that holds {@code instant} (UTC). */
    public Instant bucketOf(Instant instant) {
        return instant.truncatedTo(unit);
    }

    /** The start of the bucket after the one starting at {@code bucket}. */
    public Instant next(Instant bucket) {
        return bucket.plus(1, unit);
    }

    /** The lower-case name a query spells it with. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a grain's name in any case. */
    public static Validation<Seq<Violation>, UsageGrain> parse(String text) {
        if (text == null || text.isBlank()) {
            return Violation.invalid(FIELD, text, Rule.REQUIRED);
        }
        return List.of(values())
                .find(grain -> grain.wireName().equalsIgnoreCase(text.trim()))
                .<Seq<Violation>>toValidation(() -> List.of(Violation.of(FIELD, text, Rule.UNKNOWN_VALUE,
                        List.of(values()).map(UsageGrain::wireName).mkString(", "))));
    }
}
