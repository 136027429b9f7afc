package io.stackbridge.adapters.http.server.pipeline;

import io.javalin.http.Context;
import io.stackbridge.adapters.http.server.AuthMode;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.application.port.in.admin.ReadClockOffsetUseCase;
import io.stackbridge.application.port.in.identity.VerifyAccessTokenUseCase;
import io.stackbridge.domain.error.ArmError.InvalidAuthenticationToken;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.identity.TokenProblem;
import io.stackbridge.domain.identity.TokenValidity;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Checks the bearer token of a Resource Manager call by the configured {@link AuthMode}. The
 * token must be for one of the {@link AcceptedAudiences}. Basic mode checks expiry by the service's
 * clock (real time plus the emulated Azure's offset), as strict mode's verification does. What a
 * token states is read once per token string ({@link StatedClaims}); strict mode's signature check
 * is remembered by the signing key's side, and both time checks run on every call.
 */
public final class Authenticator {

    /** How many tokens' stated claims are remembered (a test suite's or a load test's few tokens, with room to spare). */
    static final int REMEMBERED_TOKENS = 1024;

    private final AuthMode mode;
    private final VerifyAccessTokenUseCase verify;
    private final AcceptedAudiences audiences;
    private final ReadClockOffsetUseCase clockOffset;
    private final StatedClaims stated = new StatedClaims(REMEMBERED_TOKENS);

    @Inject
    public Authenticator(EmulatorConfig config, VerifyAccessTokenUseCase verify, AcceptedAudiences audiences,
                         ReadClockOffsetUseCase clockOffset) {
        this.mode = config.auth();
        this.verify = verify;
        this.audiences = audiences;
        this.clockOffset = clockOffset;
    }

    public Either<DomainError, Context> check(Context ctx) {
        if (mode == AuthMode.OFF) {
            return Either.right(ctx);
        }
        String token = BearerToken.of(ctx);
        if (token.isEmpty()) {
            return refuse(BearerToken.otherScheme(ctx) ? TokenProblem.MALFORMED : TokenProblem.MISSING);
        }
        Option<StatedClaims.Claims> claims = stated.of(token);
        if (claims.isEmpty()) {
            return refuse(TokenProblem.MALFORMED);
        }
        Option<String> audience = claims.get().audiences().find(audiences::accepts);
        if (audience.isEmpty()) {
            return refuse(TokenProblem.WRONG_AUDIENCE);
        }
        return mode == AuthMode.STRICT
                ? verify.verify(token, audience.get()).map(verified -> ctx)
                : current(claims.get(), serviceTime())
                        .map(problem -> Either.<DomainError, Context>left(new InvalidAuthenticationToken(problem)))
                        .getOrElse(Either.right(ctx));
    }

    /** Basic mode's time rules: an expiry is required, and both bounds get the usual five minutes of skew. */
    private static Option<TokenProblem> current(StatedClaims.Claims claims, Instant now) {
        if (claims.expires().isEmpty() || now.isAfter(claims.expires().get().plus(TokenValidity.ALLOWED_SKEW))) {
            return Option.some(TokenProblem.EXPIRED);
        }
        if (claims.notBefore().exists(notBefore -> now.isBefore(notBefore.minus(TokenValidity.ALLOWED_SKEW)))) {
            return Option.some(TokenProblem.NOT_YET_VALID);
        }
        return Option.none();
    }

    /** The emulated Azure's time: real time plus the offset its administrator set. */
    private Instant serviceTime() {
        return Instant.now().plus(clockOffset.offset());
    }

    private static Either<DomainError, Context> refuse(TokenProblem problem) {
        return Either.left(new InvalidAuthenticationToken(problem));
    }
}
