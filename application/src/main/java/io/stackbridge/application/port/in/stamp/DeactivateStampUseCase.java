package io.stackbridge.application.port.in.stamp;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.stamp.Activation;
import io.vavr.control.Either;

/** Removes the stamp's activation, as Remove-AzureStackActivation does; the bridge stops reporting. */
public interface DeactivateStampUseCase {

    /** The activation removed, or {@code StampNotActivated}. */
    Either<DomainError, Activation> deactivate();
}
