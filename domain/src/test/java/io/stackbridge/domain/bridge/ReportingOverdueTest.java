package io.stackbridge.domain.bridge;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.stamp.Activation;
import io.stackbridge.domain.stamp.StampSamples;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingOverdueTest {

    private static final Instant ACTIVATED = Instant.parse("2026-10-01T00:00:00Z");
    private static final Activation PAY_AS_YOU_USE = StampSamples.activation(BillingModel.PayAsYouUse, ACTIVATED);

    @Test
    void a_pay_as_you_use_stamp_that_never_reported_is_warned_thirty_days_after_activation() {
        assertThat(ReportingOverdue.check(PAY_AS_YOU_USE, Option.none(), ACTIVATED.plus(Duration.ofDays(29)))).isEmpty();

        ReportingOverdue warning = ReportingOverdue.check(PAY_AS_YOU_USE, Option.none(), ACTIVATED.plus(Duration.ofDays(30))).get();

        assertThat(warning.since()).isEqualTo(ACTIVATED);
        assertThat(warning.days()).isEqualTo(30);
    }

    @Test
    void the_thirty_days_run_from_the_last_success() {
        Instant lastSuccess = ACTIVATED.plus(Duration.ofDays(20));

        assertThat(ReportingOverdue.check(PAY_AS_YOU_USE, Option.some(lastSuccess), ACTIVATED.plus(Duration.ofDays(45)))).isEmpty();
        assertThat(ReportingOverdue.check(PAY_AS_YOU_USE, Option.some(lastSuccess), lastSuccess.plus(Duration.ofDays(31))).get().since())
                .isEqualTo(lastSuccess);
    }

    @Test
    void a_success_before_a_new_activation_does_not_count() {
        Instant before = ACTIVATED.minus(Duration.ofDays(1));

        assertThat(ReportingOverdue.check(PAY_AS_YOU_USE, Option.some(before), ACTIVATED.plus(Duration.ofDays(30))).get().since())
                .isEqualTo(ACTIVATED);
    }

    @Test
    void other_billing_models_are_never_warned() {
        Activation capacity = StampSamples.activation(BillingModel.Capacity, ACTIVATED);

        assertThat(ReportingOverdue.check(capacity, Option.none(), ACTIVATED.plus(Duration.ofDays(365)))).isEmpty();
    }
}
