package io.stackbridge.adapters.http.server.pipeline;

import io.stackbridge.adapters.http.server.support.Jwts;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StatedClaimsTest {

    private static final Instant EXPIRES = Instant.parse("2026-11-21T11:00:00Z");
    private static final Instant NOT_BEFORE = Instant.parse("2026-11-21T10:00:00Z");

    private final StatedClaims stated = new StatedClaims(2);

    @Test
    void a_token_states_its_audiences_and_times_the_same_whether_read_or_remembered() {
        String token = Jwts.unsigned("https://management.azure.com/", NOT_BEFORE, EXPIRES);
        StatedClaims.Claims expected = new StatedClaims.Claims(List.of("https://management.azure.com/"), Option.some(EXPIRES),
                Option.some(NOT_BEFORE));

        assertThat(stated.of(token)).containsExactly(expected);
        assertThat(stated.of(token)).containsExactly(expected);
        assertThat(stated.size()).isEqualTo(1);
    }

    @Test
    void a_malformed_token_states_nothing_and_is_not_remembered() {
        assertThat(stated.of("not.a.jwt")).isEmpty();
        assertThat(stated.of("")).isEmpty();
        assertThat(stated.size()).isZero();
    }

    @Test
    void it_remembers_at_most_its_capacity() {
        for (int i = 0; i < 7; i++) {
            stated.of(Jwts.unsigned("https://management.azure.com/", EXPIRES.plusSeconds(i)));
            assertThat(stated.size()).isBetween(1, 2);
        }
    }
}
