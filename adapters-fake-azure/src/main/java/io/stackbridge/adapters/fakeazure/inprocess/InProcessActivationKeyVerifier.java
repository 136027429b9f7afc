package io.stackbridge.adapters.fakeazure.inprocess;

import io.stackbridge.application.port.out.ActivationKeyVerifierPort;
import io.stackbridge.application.port.out.TokenSigningPort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.StampError.ActivationKeyNotTrusted;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/**
 * The stamp's check of an activation key against the in-process fake's own signing key: what
 * fetching the published key would give, without a network.
 */
public final class InProcessActivationKeyVerifier implements ActivationKeyVerifierPort {

    private final TokenSigningPort signing;

    @Inject
    public InProcessActivationKeyVerifier(TokenSigningPort signing) {
        this.signing = signing;
    }

    @Override
    public Either<DomainError, ActivationKeyClaims> verify(ActivationKey key) {
        return signing.readActivationKey(key).<DomainError>mapLeft(ActivationKeyNotTrusted::new);
    }
}
