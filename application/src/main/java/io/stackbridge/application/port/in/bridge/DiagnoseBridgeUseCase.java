package io.stackbridge.application.port.in.bridge;

import io.stackbridge.domain.bridge.Diagnosis;
import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;

/**
 * Checks the bridge's path to Azure step by step (names, TCP, TLS, token, clock, usage service,
 * registration) and names the first step that fails, with its code.
 */
public interface DiagnoseBridgeUseCase {

    /** The steps that ran, or {@code StampNotActivated} when there is no usage endpoint to check. */
    Either<DomainError, Diagnosis> diagnose();
}
