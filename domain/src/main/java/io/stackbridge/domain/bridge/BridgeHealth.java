package io.stackbridge.domain.bridge;

import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

/**
 * What the bridge remembers between runs: when a batch last reached Azure, the last failure, and
 * whether that failure is the latest event ({@code failing}: nothing reached Azure since). The order
 * of events is kept as such, not read from their times: the stamp's clock may be moved between runs.
 */
public record BridgeHealth(Option<Instant> lastSuccess, Option<BridgeFailure> lastFailure, boolean failing) {

    public static final BridgeHealth NEW = new BridgeHealth(Option.none(), Option.none(), false);

    public BridgeHealth {
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(lastFailure, "lastFailure");
        if (failing && lastFailure.isEmpty()) {
            throw new IllegalArgumentException("a bridge is failing only after a failure");
        }
    }

    /** A batch reached Azure at {@code at}: the bridge has recovered from any earlier failure, which stays on record. */
    public BridgeHealth succeededAt(Instant at) {
        return new BridgeHealth(Option.some(at), lastFailure, false);
    }

    /** An attempt failed: the bridge is failing until a batch reaches Azure again. */
    public BridgeHealth failed(BridgeFailure failure) {
        return new BridgeHealth(lastSuccess, Option.some(failure), true);
    }
}
