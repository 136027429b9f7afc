package io.stackbridge.domain.localusage.workload;

import io.stackbridge.domain.id.MeterId;
import io.stackbridge.domain.usage.Quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** One meter reading a simulated resource gives for one hour. */
public record Emission(MeterId meterId, Quantity quantity) {

    /** Hours in Azure's billing month: a disk held for an hour is 1/730 of a disk-month. */
    public static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);
    private static final int SCALE = 6;
    private static final int MONTH_SCALE = 10;

    public Emission {
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(quantity, "quantity");
    }

    /** A whole number of units (hours, IPs, cores). */
    public static Emission count(MeterId meter, long units) {
        return new Emission(meter, new Quantity(BigDecimal.valueOf(units)));
    }

    /** A measured amount, kept to six decimals. */
    public static Emission measured(MeterId meter, double amount) {
        return new Emission(meter, new Quantity(BigDecimal.valueOf(amount).setScale(SCALE, RoundingMode.HALF_EVEN)));
    }

    /** An hour's share of a monthly amount (disks*month, GB*month), kept to ten decimals. */
    public static Emission monthly(MeterId meter, long perMonth) {
        return new Emission(meter, new Quantity(BigDecimal.valueOf(perMonth).divide(HOURS_PER_MONTH, MONTH_SCALE, RoundingMode.HALF_EVEN)));
    }
}
