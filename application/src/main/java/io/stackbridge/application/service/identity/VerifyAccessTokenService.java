package io.stackbridge.application.service.identity;

import io.stackbridge.application.port.in.identity.VerifyAccessTokenUseCase;
import io.stackbridge.application.port.out.ClockPort;
import io.stackbridge.application.port.out.TokenSigningPort;
import io.stackbridge.domain.error.ArmError.InvalidAuthenticationToken;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.identity.AccessTokenClaims;
import io.stackbridge.domain.identity.TokenProblem;
import io.stackbridge.domain.identity.TokenValidity;
import io.vavr.control.Either;

/** Verifies a bearer token: present, signed by this Azure, for the expected audience, and current (±5 minutes). */
public final class VerifyAccessTokenService implements VerifyAccessTokenUseCase {

    private final TokenSigningPort signing;
    private final ClockPort clock;

    public VerifyAccessTokenService(TokenSigningPort signing, ClockPort clock) {
        this.signing = signing;
        this.clock = clock;
    }

    @Override
    public Either<DomainError, AccessTokenClaims> verify(String bearerToken, String expectedAudience) {
        Either<TokenProblem, AccessTokenClaims> checked = bearerToken == null || bearerToken.isBlank()
                ? Either.left(TokenProblem.MISSING)
                : signing.readAccessToken(bearerToken.trim())
                        .flatMap(claims -> TokenValidity.check(claims, expectedAudience, clock.now()));
        return checked.mapLeft(InvalidAuthenticationToken::new);
    }
}
