package io.stackbridge.adapters.http.server.pipeline;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import io.javalin.http.Context;
import io.stackbridge.adapters.http.server.AuthMode;
import io.stackbridge.application.port.in.identity.VerifyAccessTokenUseCase;
import io.stackbridge.domain.error.ArmError.InvalidAuthenticationToken;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.identity.TokenProblem;
import io.stackbridge.domain.identity.TokenValidity;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Checks the bearer token of a Resource Manager call by the configured {@link AuthMode}. The
 * token must be for a management audience: Resource Manager's public names, the cloud side's
 * management address, or this emulator's own URLs. Basic mode checks expiry by the service's
 * clock (real time plus the emulated Azure's offset), as strict mode's verification does.
 */
public final class Authenticator {

    private final AuthMode mode;
    private final VerifyAccessTokenUseCase verify;
    private final Supplier<List<String>> audiences;
    private final Supplier<Instant> serviceTime;

    public Authenticator(AuthMode mode, VerifyAccessTokenUseCase verify, Supplier<List<String>> audiences,
                         Supplier<Instant> serviceTime) {
        this.mode = mode;
        this.verify = verify;
        this.audiences = audiences;
        this.serviceTime = serviceTime;
    }

    public Either<DomainError, Context> check(Context ctx) {
        if (mode == AuthMode.OFF) {
            return Either.right(ctx);
        }
        String token = BearerToken.of(ctx);
        if (token.isEmpty()) {
            return refuse(BearerToken.otherScheme(ctx) ? TokenProblem.MALFORMED : TokenProblem.MISSING);
        }
        Option<JWTClaimsSet> claims = claims(token);
        if (claims.isEmpty()) {
            return refuse(TokenProblem.MALFORMED);
        }
        Option<String> audience = List.ofAll(claims.get().getAudience()).find(this::isManagement);
        if (audience.isEmpty()) {
            return refuse(TokenProblem.WRONG_AUDIENCE);
        }
        return mode == AuthMode.STRICT
                ? verify.verify(token, audience.get()).map(verified -> ctx)
                : current(claims.get(), serviceTime.get())
                        .map(problem -> Either.<DomainError, Context>left(new InvalidAuthenticationToken(problem)))
                        .getOrElse(Either.right(ctx));
    }

    /** Basic mode's time rules: an expiry is required, and both bounds get the usual five minutes of skew. */
    private static Option<TokenProblem> current(JWTClaimsSet claims, Instant now) {
        Date expires = claims.getExpirationTime();
        Date notBefore = claims.getNotBeforeTime();
        if (expires == null || now.isAfter(expires.toInstant().plus(TokenValidity.ALLOWED_SKEW))) {
            return Option.some(TokenProblem.EXPIRED);
        }
        if (notBefore != null && now.isBefore(notBefore.toInstant().minus(TokenValidity.ALLOWED_SKEW))) {
            return Option.some(TokenProblem.NOT_YET_VALID);
        }
        return Option.none();
    }

    private boolean isManagement(String audience) {
        return audiences.get().map(Authenticator::normalized).contains(normalized(audience));
    }

    private static Option<JWTClaimsSet> claims(String token) {
        try {
            return Option.of(JWTParser.parse(token).getJWTClaimsSet());
        } catch (ParseException | RuntimeException malformed) {
            return Option.none();
        }
    }

    private static Either<DomainError, Context> refuse(TokenProblem problem) {
        return Either.left(new InvalidAuthenticationToken(problem));
    }

    static String normalized(String audience) {
        String lower = audience == null ? "" : audience.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
