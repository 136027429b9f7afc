package io.stackbridge.domain.bridge;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.UsageServiceError.ClockSkewTooLarge;
import io.stackbridge.domain.identity.TokenValidity;
import io.vavr.control.Either;

import java.time.Duration;
import java.time.Instant;

/**
 * The clock rule the usage service applies to {@code x-ms-date}, applied ahead of time by the
 * bridge's diagnosis: the stamp may be at most five minutes off the service.
 */
public final class ClockSkew {

    private ClockSkew() {
    }

    /** The stamp's offset from the service (positive: ahead), or the refusal the service would give. */
    public static Either<DomainError, Duration> check(Instant stampTime, Instant serviceTime) {
        Duration offset = Duration.between(serviceTime, stampTime);
        return offset.abs().compareTo(TokenValidity.ALLOWED_SKEW) > 0
                ? Either.left(new ClockSkewTooLarge(stampTime, serviceTime))
                : Either.right(offset);
    }
}
