package io.stackbridge.domain.bridge;

import io.vavr.control.Option;

import java.time.Instant;
import java.util.Objects;

/** What the bridge remembers between runs: when a batch last reached Azure, and the last failure. */
public record BridgeHealth(Option<Instant> lastSuccess, Option<BridgeFailure> lastFailure) {

    public static final BridgeHealth NEW = new BridgeHealth(Option.none(), Option.none());

    public BridgeHealth {
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(lastFailure, "lastFailure");
    }

    public BridgeHealth succeededAt(Instant at) {
        return new BridgeHealth(Option.some(at), lastFailure);
    }

    public BridgeHealth failed(BridgeFailure failure) {
        return new BridgeHealth(lastSuccess, Option.some(failure));
    }

    /** Whether the last failure came after the last success: the bridge has not recovered from it yet. */
    public boolean failing() {
        return lastFailure.exists(failure -> lastSuccess.forAll(success -> failure.at().isAfter(success)));
    }
}
