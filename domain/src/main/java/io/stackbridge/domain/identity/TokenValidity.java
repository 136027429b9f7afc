package io.stackbridge.domain.identity;

import io.vavr.control.Either;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The time and audience rules for an access token whose signature already checked out: the
 * audience must match (ignoring case and a trailing slash), and {@code now} must lie between
 * not-before and expiry, each widened by the allowed clock skew (five minutes, as Entra ID's
 * libraries allow by default).
 */
public final class TokenValidity {

    public static final Duration ALLOWED_SKEW = Duration.ofMinutes(5);

    private TokenValidity() {
    }

    public static Either<TokenProblem, AccessTokenClaims> check(AccessTokenClaims claims, String expectedAudience, Instant now) {
        if (!normalized(claims.audience()).equals(normalized(expectedAudience))) {
            return Either.left(TokenProblem.WRONG_AUDIENCE);
        }
        if (now.isAfter(claims.expiresAt().plus(ALLOWED_SKEW))) {
            return Either.left(TokenProblem.EXPIRED);
        }
        if (now.isBefore(claims.notBefore().minus(ALLOWED_SKEW))) {
            return Either.left(TokenProblem.NOT_YET_VALID);
        }
        return Either.right(claims);
    }

    /** The audience a {@code scope} such as {@code https://usage.example/.default} asks for. */
    public static String audienceOfScope(String scope) {
        String trimmed = scope == null ? "" : scope.trim();
        return trimmed.endsWith("/.default") ? trimmed.substring(0, trimmed.length() - "/.default".length()) : trimmed;
    }

    private static String normalized(String audience) {
        String lower = audience.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
