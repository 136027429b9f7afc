package io.stackbridge.adapters.http.client;

import org.junit.jupiter.api.Test;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Retry-After} in both of its forms, and what is ignored. */
class RetryAfterTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private static HttpHeaders headers(String value) {
        return HttpHeaders.of(Map.of("retry-after", List.of(value)), (name, v) -> true);
    }

    @Test
    void delay_seconds_are_taken_as_they_are() {
        assertThat(RetryAfter.seconds(headers("7"), NOW)).containsExactly(7L);
    }

    @Test
    void an_http_date_is_the_wait_until_then() {
        assertThat(RetryAfter.seconds(headers("Sun, 01 Mar 2026 10:00:42 GMT"), NOW)).containsExactly(42L);
    }

    @Test
    void a_date_in_the_past_means_now() {
        assertThat(RetryAfter.seconds(headers("Sun, 01 Mar 2026 09:00:00 GMT"), NOW)).containsExactly(0L);
    }

    @Test
    void garbage_and_absence_are_none() {
        assertThat(RetryAfter.seconds(headers("soon"), NOW)).isEmpty();
        assertThat(RetryAfter.seconds(headers("-3"), NOW)).isEmpty();
        assertThat(RetryAfter.seconds(HttpHeaders.of(Map.of(), (name, v) -> true), NOW)).isEmpty();
    }
}
