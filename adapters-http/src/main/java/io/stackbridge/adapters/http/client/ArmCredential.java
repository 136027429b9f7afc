package io.stackbridge.adapters.http.client;

import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Where the Resource Manager clients get the bearer token of each call; a sign-in failure is the call's failure. */
@FunctionalInterface
public interface ArmCredential {

    /** How long before its expiry a cached token is replaced. */
    Duration RENEW_BEFORE = Duration.ofMinutes(5);

    Either<DomainError, String> bearerToken();

    /** A token obtained elsewhere (a test, a CLI flag), used as it is. */
    static ArmCredential of(Supplier<String> token) {
        return () -> Either.right(token.get());
    }

    /** Signs in through {@code tokens} with {@code request} (its scope a Resource Manager audience), reusing the token until shortly before it expires. */
    static ArmCredential signedIn(TokenPort tokens, TokenPort.TokenRequest request, Clock clock) {
        AtomicReference<TokenPort.AccessToken> current = new AtomicReference<>();
        return () -> {
            TokenPort.AccessToken cached = current.get();
            if (cached != null && clock.instant().plus(RENEW_BEFORE).isBefore(cached.expiresAt())) {
                return Either.right(cached.value());
            }
            return tokens.acquire(request).peek(current::set).map(TokenPort.AccessToken::value);
        };
    }
}
