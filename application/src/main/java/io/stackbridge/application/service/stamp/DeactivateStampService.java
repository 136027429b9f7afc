package io.stackbridge.application.service.stamp;

import io.stackbridge.application.port.in.stamp.DeactivateStampUseCase;
import io.stackbridge.application.port.out.ActivationStorePort;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.StampError.StampNotActivated;
import io.stackbridge.domain.stamp.Activation;
import io.vavr.control.Either;

/** Forgets the stamp's activation; the registration resource in Azure is left as it is. */
public final class DeactivateStampService implements DeactivateStampUseCase {

    private final StampStorePort stamps;
    private final ActivationStorePort activations;

    public DeactivateStampService(StampStorePort stamps, ActivationStorePort activations) {
        this.stamps = stamps;
        this.activations = activations;
    }

    @Override
    public Either<DomainError, Activation> deactivate() {
        return activations.current()
                .<DomainError>toEither(() -> new StampNotActivated(stamps.stamp().cloudId()))
                .peek(removed -> activations.clear());
    }
}
