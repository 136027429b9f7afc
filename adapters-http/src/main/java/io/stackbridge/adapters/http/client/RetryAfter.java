package io.stackbridge.adapters.http.client;

import io.vavr.control.Option;
import io.vavr.control.Try;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Reads a {@code Retry-After} header, in delay-seconds or as an HTTP-date, as whole seconds from
 * now (a date in the past is 0). An absent or unreadable header is none.
 */
final class RetryAfter {

    static final String HEADER = "Retry-After";

    private RetryAfter() {
    }

    static Option<Long> seconds(HttpHeaders headers, Clock clock) {
        return Option.ofOptional(headers.firstValue(HEADER)).map(String::trim).flatMap(value -> parse(value, clock));
    }

    static Option<Long> parse(String value, Clock clock) {
        if (value.matches("\\d{1,10}")) {
            return Option.some(Long.parseLong(value));
        }
        return Try.of(() -> ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)).toOption()
                .map(date -> Duration.between(clock.instant(), date.toInstant()))
                .map(wait -> Math.max(0, (wait.toMillis() + 999) / 1000));
    }
}
