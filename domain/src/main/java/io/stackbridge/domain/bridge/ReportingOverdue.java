package io.stackbridge.domain.bridge;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.stamp.Activation;
import io.vavr.control.Option;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The warning that a PayAsYouUse stamp has not reported usage to Azure for 30 days or more (the
 * connected billing model requires it): since when it has been silent, and for how long.
 */
public record ReportingOverdue(Instant since, Duration silence) {

    public static final Duration LIMIT = Duration.ofDays(30);

    public ReportingOverdue {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(silence, "silence");
    }

    /**
     * The warning for {@code activation} at stamp time {@code now}: silent since the last success,
     * or since the activation when nothing ever reached Azure; none for other models or before 30 days.
     */
    public static Option<ReportingOverdue> check(Activation activation, Option<Instant> lastSuccess, Instant now) {
        if (activation.claims().billingModel() != BillingModel.PayAsYouUse) {
            return Option.none();
        }
        Instant since = lastSuccess.filter(success -> success.isAfter(activation.appliedAt())).getOrElse(activation.appliedAt());
        Duration silence = Duration.between(since, now);
        return silence.compareTo(LIMIT) >= 0 ? Option.some(new ReportingOverdue(since, silence)) : Option.none();
    }

    public long days() {
        return silence.toDays();
    }
}
