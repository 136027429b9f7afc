package io.stackbridge.domain.usage;

import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of usage in a meter's unit: a non-negative decimal, never binary floating point, so
 * that sums of money-relevant quantities are exact. Equal when numerically equal (2.40 = 2.4).
 */
public record Quantity(BigDecimal amount) implements Comparable<Quantity> {

    public static final Quantity ZERO = new Quantity(BigDecimal.ZERO);
    public static final String FIELD = "quantity";

    public Quantity {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("negative quantity: " + amount);
        }
    }

    /**
     * The most characters a quantity takes written out in full ({@code 1E+400000000} would take 400 million:
     * every writer of quantities writes them in full, so a longer one is TOO_LONG).
     */
    public static final int PLAIN_LENGTH_AT_MOST = 100;

    public static Validation<Seq<Violation>, Quantity> parse(String text) {
        if (text == null || text.isBlank()) {
            return Violation.invalid(FIELD, text, Rule.REQUIRED);
        }
        try {
            BigDecimal amount = new BigDecimal(text.trim());
            if (plainLength(amount) > PLAIN_LENGTH_AT_MOST) {
                return Violation.invalid(FIELD, Excerpt.of(text), Rule.TOO_LONG, String.valueOf(PLAIN_LENGTH_AT_MOST));
            }
            return amount.signum() < 0
                    ? Violation.invalid(FIELD, text, Rule.NEGATIVE)
                    : Validation.valid(new Quantity(amount));
        } catch (NumberFormatException notANumber) {
            return Violation.invalid(FIELD, text, Rule.NOT_A_NUMBER);
        }
    }

    /** The length of {@link BigDecimal#toPlainString()} (sign aside), computed without writing it. */
    private static long plainLength(BigDecimal amount) {
        long scale = amount.scale();
        return scale <= 0 ? amount.precision() - scale : Math.max(amount.precision(), scale) + 2;
    }

    public static Quantity of(String amount) {
        return new Quantity(new BigDecimal(amount));
    }

    public Quantity plus(Quantity other) {
        return new Quantity(amount.add(other.amount));
    }

    @Override
    public int compareTo(Quantity other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Quantity quantity && quantity.amount.compareTo(amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
