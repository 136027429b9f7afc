package io.stackbridge.application.service.stamp;

import io.stackbridge.application.port.in.stamp.ApplyActivationKeyUseCase;
import io.stackbridge.application.port.out.ActivationKeyVerifierPort;
import io.stackbridge.application.port.out.ActivationStorePort;
import io.stackbridge.application.port.out.StampClockPort;
import io.stackbridge.application.port.out.StampStorePort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.stamp.Activation;
import io.stackbridge.domain.stamp.ActivationRules;
import io.vavr.control.Either;

/** Verifies an activation key's signature, checks that it names this stamp, then stores it as the activation. */
public final class ApplyActivationKeyService implements ApplyActivationKeyUseCase {

    private final StampStorePort stamps;
    private final ActivationKeyVerifierPort verifier;
    private final ActivationStorePort activations;
    private final StampClockPort clock;

    public ApplyActivationKeyService(StampStorePort stamps, ActivationKeyVerifierPort verifier, ActivationStorePort activations,
                                     StampClockPort clock) {
        this.stamps = stamps;
        this.verifier = verifier;
        this.activations = activations;
        this.clock = clock;
    }

    @Override
    public Either<DomainError, Activation> apply(ActivationKey key) {
        return verifier.verify(key)
                .flatMap(claims -> ActivationRules.check(stamps.stamp(), claims).<DomainError>mapLeft(error -> error))
                .map(claims -> new Activation(key, claims, clock.now()))
                .peek(activations::save);
    }
}
