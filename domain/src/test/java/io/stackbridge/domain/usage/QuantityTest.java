package io.stackbridge.domain.usage;

import io.stackbridge.domain.validation.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityTest {

    @Test
    void sums_are_exact_decimals() {
        Quantity sum = Quantity.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(Quantity.of("0.1"));
        }

        assertThat(sum).isEqualTo(Quantity.of("1"));
        assertThat(sum.toString()).isEqualTo("1.0");
    }

    @Test
    void equal_amounts_with_different_scales_are_equal() {
        assertThat(Quantity.of("2.40")).isEqualTo(Quantity.of("2.4")).hasSameHashCodeAs(Quantity.of("2.4"));
    }

    @Test
    void negative_or_non_numeric_quantities_are_rejected() {
        assertThat(Quantity.parse("-1").getError().head().rule()).isEqualTo(Rule.NEGATIVE);
        assertThat(Quantity.parse("two").getError().head().rule()).isEqualTo(Rule.NOT_A_NUMBER);
        assertThat(Quantity.parse("2.4000000000").get()).isEqualTo(Quantity.of("2.4"));
    }

    /** Found by the parser fuzz test: a pushed quantity of 1e400000000 was written out in full, 400 million digits (a hang). */
    @Test
    void a_quantity_longer_than_a_hundred_characters_written_out_is_too_long() {
        assertThat(Quantity.parse("1e400000000").getError().head().rule()).isEqualTo(Rule.TOO_LONG);
        assertThat(Quantity.parse("1e-400000000").getError().head().rule()).isEqualTo(Rule.TOO_LONG);
        assertThat(Quantity.parse("1e90").isValid()).isTrue();
        assertThat(Quantity.parse("0.1000000000000000055511151231257827").isValid()).isTrue();
    }
}
