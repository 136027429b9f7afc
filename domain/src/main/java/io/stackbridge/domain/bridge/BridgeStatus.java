package io.stackbridge.domain.bridge;

import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

/**
 * The bridge as an operator checks on it: the last batch that reached Azure, what still waits in
 * the outbox (how many records, from which hour on), the last failure, and the 30-day warning.
 */
public record BridgeStatus(Option<Instant> lastSuccess, int pendingCount, Option<Instant> oldestPendingHour,
                           Option<BridgeFailure> lastError, boolean failing, Option<ReportingOverdue> warning) {

    public BridgeStatus {
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(oldestPendingHour, "oldestPendingHour");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(warning, "warning");
        if (pendingCount < 0) {
            throw new IllegalArgumentException("negative pending count: " + pendingCount);
        }
    }
}
