package io.stackbridge.application.service.bridge;

import io.stackbridge.application.port.out.StampClockPort;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.TokenPort.AccessToken;
import io.stackbridge.application.port.out.TokenPort.TokenRequest;
import io.stackbridge.domain.bridge.BridgeTarget;
import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bridge's bearer token for the usage resource: signed in for once and reused until
 * {@code renewBefore} its expiry (stamp time), or until the usage service refuses it.
 */
final class BridgeTokens {

    private record Cached(TokenRequest request, AccessToken token) {
    }

    /** A bearer token, and whether it was signed in for earlier (so a refusal may only mean it went stale). */
    record Bearer(String value, boolean reused) {

        /** Without the token, so a log line or a message built from a bearer shows none. */
        @Override
        public String toString() {
            return "Bearer[***, reused=" + reused + "]";
        }
    }

    private final TokenPort tokens;
    private final StampClockPort clock;
    private final Duration renewBefore;
    private final AtomicReference<Cached> cached = new AtomicReference<>();

    BridgeTokens(TokenPort tokens, StampClockPort clock, Duration renewBefore) {
        this.tokens = tokens;
        this.clock = clock;
        this.renewBefore = renewBefore;
    }

    /** The client-credentials request of {@code target}'s principal for its usage resource. */
    static TokenRequest request(BridgeTarget target) {
        return new TokenRequest(target.loginEndpoint(), target.principal().tenantId(), target.principal().clientId(),
                target.principal().secret().value(), target.scope(), target.principal().certificate());
    }

    Either<DomainError, Bearer> bearer(BridgeTarget target) {
        TokenRequest request = request(target);
        Cached current = cached.get();
        if (current != null && current.request().equals(request)
                && clock.now().plus(renewBefore).isBefore(current.token().expiresAt())) {
            return Either.right(new Bearer(current.token().value(), true));
        }
        return tokens.acquire(request).peek(token -> cached.set(new Cached(request, token)))
                .map(token -> new Bearer(token.value(), false));
    }

    /** Drops the cached token, so the next call signs in again. */
    void forget() {
        cached.set(null);
    }
}
