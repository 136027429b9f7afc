package io.stackbridge.adapters.http.server.pipeline;

import io.javalin.http.Context;
import io.stackbridge.adapters.http.server.AuthMode;
import io.stackbridge.application.port.in.identity.VerifyAccessTokenUseCase;
import io.stackbridge.domain.error.ArmError.InvalidAuthenticationToken;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.identity.TokenProblem;
import io.stackbridge.domain.identity.TokenValidity;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Checks the bearer token of a Resource Manager call by the configured {@link AuthMode}. The
 * token must be for a management audience: Resource Manager's public names, the cloud side's
 * management address, or this emulator's own URLs. Basic mode checks expiry by the service's
 * clock (real time plus the emulated Azure's offset), as strict mode's verification does. What a
 * token states is read once per token string ({@link StatedClaims}); strict mode's signature check
 * is remembered by the signing key's side, and both time checks run on every call.
 */
public final class Authenticator {

    /** How many tokens' stated claims are remembered (a test suite's or a load test's few tokens, with room to spare). */
    static final int REMEMBERED_TOKENS = 1024;

    private final AuthMode mode;
    private final VerifyAccessTokenUseCase verify;
    private final Supplier<List<String>> audiences;
    private final Supplier<Instant> serviceTime;
    private final StatedClaims stated = new StatedClaims(REMEMBERED_TOKENS);
    private volatile ManagementAudiences management = new ManagementAudiences(List.empty(), HashSet.empty());

    /** The accepted audiences as given, and the same normalized, for one lookup per token audience. */
    private record ManagementAudiences(List<String> given, Set<String> normalized) {
    }

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
        Option<StatedClaims.Claims> claims = stated.of(token);
        if (claims.isEmpty()) {
            return refuse(TokenProblem.MALFORMED);
        }
        Set<String> accepted = management().normalized();
        Option<String> audience = claims.get().audiences().find(candidate -> accepted.contains(normalized(candidate)));
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
    private static Option<TokenProblem> current(StatedClaims.Claims claims, Instant now) {
        if (claims.expires().isEmpty() || now.isAfter(claims.expires().get().plus(TokenValidity.ALLOWED_SKEW))) {
            return Option.some(TokenProblem.EXPIRED);
        }
        if (claims.notBefore().exists(notBefore -> now.isBefore(notBefore.minus(TokenValidity.ALLOWED_SKEW)))) {
            return Option.some(TokenProblem.NOT_YET_VALID);
        }
        return Option.none();
    }

    /** The accepted audiences, normalized again only when the list given changes (once, when the server knows its URLs). */
    private ManagementAudiences management() {
        List<String> given = audiences.get();
        ManagementAudiences known = management;
        if (known.given() != given && !known.given().equals(given)) {
            known = new ManagementAudiences(given, HashSet.ofAll(given.map(Authenticator::normalized)));
            management = known;
        }
        return known;
    }

    private static Either<DomainError, Context> refuse(TokenProblem problem) {
        return Either.left(new InvalidAuthenticationToken(problem));
    }

    static String normalized(String audience) {
        String lower = audience == null ? "" : audience.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
