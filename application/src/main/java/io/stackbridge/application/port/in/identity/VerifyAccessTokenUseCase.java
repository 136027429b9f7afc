package io.stackbridge.application.port.in.identity;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.identity.AccessTokenClaims;
import io.vavr.control.Either;

/**
 * Checks a bearer token this Azure issued: signature, audience, expiry and not-before, with five
 * minutes of clock skew allowed. Any failure is {@code InvalidAuthenticationToken} naming the problem.
 */
public interface VerifyAccessTokenUseCase {

    Either<DomainError, AccessTokenClaims> verify(String bearerToken, String expectedAudience);
}
