package io.stackbridge.application.service.gallery;

import io.stackbridge.application.port.out.ActivationStorePort;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.StampError.StampNotActivated;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;

/** The registration the stamp's marketplace belongs to: the one of its activation, or {@code StampNotActivated}. */
final class StampRegistration {

    private StampRegistration() {
    }

    static Either<DomainError, RegistrationKey> of(StampStorePort stamps, ActivationStorePort activations) {
        return activations.current().map(activation -> activation.registration())
                .<DomainError>toEither(() -> new StampNotActivated(stamps.stamp().cloudId()));
    }
}
