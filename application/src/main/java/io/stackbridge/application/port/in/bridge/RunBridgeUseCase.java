package io.stackbridge.application.port.in.bridge;

import io.stackbridge.domain.bridge.BridgeRun;
import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;

/**
 * One run of the Azure Bridge: sends what waits in the outbox, batch by batch, retrying transient
 * failures and stopping at one that needs an operator; records are marked sent only once Azure
 * confirmed their batch.
 */
public interface RunBridgeUseCase {

    /** What the run did, or {@code StampNotActivated} when there is nowhere to report to. */
    Either<DomainError, BridgeRun> run();
}
