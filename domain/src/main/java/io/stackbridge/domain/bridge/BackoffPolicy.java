package io.stackbridge.domain.bridge;

import io.vavr.control.Option;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the bridge waits before retrying a transient failure: exponential from {@code initial},
 * doubling per attempt up to {@code cap}, shortened by a random share of up to {@code jitter} (so
 * stamps that failed together do not retry together), and never shorter than a {@code Retry-After}
 * the service asked for. A {@code Retry-After} beyond {@code maxRetryAfter} is not waited for: the
 * bridge stops instead of calling back early. {@code maxAttempts} bounds one batch's tries.
 */
public record BackoffPolicy(Duration initial, Duration cap, double jitter, int maxAttempts, Duration maxRetryAfter) {

    /** 1 s, 2 s, 4 s … up to 1 min, up to half of it taken off at random, 5 tries, a Retry-After waited for up to 5 min. */
    public static final BackoffPolicy DEFAULT = new BackoffPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), 0.5, 5,
            Duration.ofMinutes(5));

    public BackoffPolicy {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (initial.isNegative() || cap.compareTo(initial) < 0 || !(jitter >= 0 && jitter <= 1) || maxAttempts < 1
                || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("invalid backoff: " + initial + ", " + cap + ", " + jitter + ", " + maxAttempts);
        }
    }

    /**
     * The wait after failed attempt {@code attempt} (1 for the first), given a uniform {@code random}
     * in [0, 1) and the {@code Retry-After} of the failure, if it had one.
     */
    public Duration delayAfter(int attempt, double random, Option<Duration> retryAfter) {
        long factor = 1L << Math.min(Math.max(attempt - 1, 0), 30);
        Duration base = initial.multipliedBy(factor);
        Duration capped = base.compareTo(cap) > 0 ? cap : base;
        long millis = Math.round(capped.toMillis() * (1 - jitter * random));
        Duration jittered = Duration.ofMillis(millis);
        return retryAfter.filter(asked -> asked.compareTo(jittered) > 0).getOrElse(jittered);
    }

    /** Whether the bridge may wait for {@code retryAfter} and try again (none asked, or no longer than {@code maxRetryAfter}). */
    public boolean allows(Option<Duration> retryAfter) {
        return retryAfter.forAll(asked -> asked.compareTo(maxRetryAfter) <= 0);
    }

    public BackoffPolicy withMaxAttempts(int attempts) {
        return new BackoffPolicy(initial, cap, jitter, attempts, maxRetryAfter);
    }
}
