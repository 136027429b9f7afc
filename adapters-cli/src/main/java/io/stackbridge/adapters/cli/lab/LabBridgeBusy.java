package io.stackbridge.adapters.cli.lab;

import java.time.Duration;

/**
 * A lab's bridge run that could not take the bridge over from a run still in progress within {@code waited}:
 * thrown by the run, answered by {@link LabDesk} as the coded refusal {@code BridgeBusy} (503), nothing done.
 */
public final class LabBridgeBusy extends RuntimeException {

    private final Duration waited;

    public LabBridgeBusy(Duration waited) {
        super("the stamp's bridge is still running after " + waited, null, false, false);
        this.waited = waited;
    }

    public Duration waited() {
        return waited;
    }
}
