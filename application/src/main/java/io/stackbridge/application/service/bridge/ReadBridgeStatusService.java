package io.stackbridge.application.service.bridge;

import io.stackbridge.application.port.in.bridge.ReadBridgeStatusUseCase;
import io.stackbridge.application.port.out.ActivationStorePort;
import io.stackbridge.application.port.out.BridgeHealthPort;
import io.stackbridge.application.port.out.StampClockPort;
import io.stackbridge.application.port.out.UsageOutboxPort;
import io.stackbridge.domain.bridge.BridgeHealth;
import io.stackbridge.domain.bridge.BridgeStatus;
import io.stackbridge.domain.bridge.ReportingOverdue;

/** Puts the bridge's remembered health, the outbox's backlog and the 30-day rule (stamp clock) together. */
public final class ReadBridgeStatusService implements ReadBridgeStatusUseCase {

    private final BridgeHealthPort health;
    private final UsageOutboxPort outbox;
    private final ActivationStorePort activations;
    private final StampClockPort clock;

    public ReadBridgeStatusService(BridgeHealthPort health, UsageOutboxPort outbox, ActivationStorePort activations,
                                   StampClockPort clock) {
        this.health = health;
        this.outbox = outbox;
        this.activations = activations;
        this.clock = clock;
    }

    @Override
    public BridgeStatus status() {
        BridgeHealth remembered = health.read();
        return new BridgeStatus(remembered.lastSuccess(), outbox.pendingCount(), outbox.oldestPendingHour(),
                remembered.lastFailure(), remembered.failing(),
                activations.current().flatMap(activation -> ReportingOverdue.check(activation, remembered.lastSuccess(), clock.now())));
    }
}
