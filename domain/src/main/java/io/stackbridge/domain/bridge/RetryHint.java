package io.stackbridge.domain.bridge;

import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.UsageApiError;
import io.vavr.control.Option;

import java.time.Duration;

/** The wait a refusal asked for ({@code Retry-After} of a 503 or a 429), if it asked for one. */
public final class RetryHint {

    private RetryHint() {
    }

    public static Option<Duration> retryAfter(DomainError error) {
        if (error instanceof UsageApiError.ServiceUnavailable busy) {
            return Option.some(Duration.ofSeconds(busy.retryAfterSeconds()));
        }
        if (error instanceof ArmError.TooManyRequests throttled) {
            return Option.some(Duration.ofSeconds(throttled.retryAfterSeconds()));
        }
        return Option.none();
    }
}
