package io.stackbridge.application.port.out;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.vavr.control.Either;

/**
 * How the stamp checks an activation key against the issuing Azure's published signing key. A key
 * that is malformed or signed by another key is {@code ActivationKeyNotTrusted}; failing to fetch
 * the published key is the bridge code of that failure.
 */
public interface ActivationKeyVerifierPort {

    /** The key's claims, once its signature verified. */
    Either<DomainError, ActivationKeyClaims> verify(ActivationKey key);
}
