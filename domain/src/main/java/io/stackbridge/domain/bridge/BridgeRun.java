package io.stackbridge.domain.bridge;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * What one run of the bridge did: batches and records Azure confirmed (of which {@code resent}
 * batches it already had), and the failure that stopped the run early, if one did. A run of a
 * stamp whose activation turned usage reporting off sends nothing.
 */
public record BridgeRun(int batches, int records, int resent, Option<BridgeFailure> stoppedBy, boolean reportingDisabled) {

    public static final BridgeRun NOTHING = new BridgeRun(0, 0, 0, Option.none(), false);
    public static final BridgeRun REPORTING_DISABLED = new BridgeRun(0, 0, 0, Option.none(), true);

    public BridgeRun {
        Objects.requireNonNull(stoppedBy, "stoppedBy");
    }

    /** This run plus one confirmed batch of {@code count} records. */
    public BridgeRun sent(int count, boolean alreadyReceived) {
        return new BridgeRun(batches + 1, records + count, resent + (alreadyReceived ? 1 : 0), stoppedBy, reportingDisabled);
    }

    public BridgeRun stopped(BridgeFailure failure) {
        return new BridgeRun(batches, records, resent, Option.some(failure), reportingDisabled);
    }

    /** Whether everything pending at the start was sent. */
    public boolean completed() {
        return stoppedBy.isEmpty();
    }
}
