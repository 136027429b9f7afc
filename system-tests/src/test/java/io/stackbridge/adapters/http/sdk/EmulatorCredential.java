package io.stackbridge.adapters.http.sdk;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.application.port.out.TokenPort;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The SDK's credential: the well-known bridge principal's client credentials, sent to the
 * emulator's token endpoint (through the bridge's own token client) for whatever scope the SDK asks.
 */
final class EmulatorCredential implements TokenCredential {

    private final TokenPort tokens;
    private final URI login;
    private final List<String> scopesAsked = new CopyOnWriteArrayList<>();

    EmulatorCredential(TokenPort tokens, URI login) {
        this.tokens = tokens;
        this.login = login;
    }

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
        String scope = String.join(" ", request.getScopes());
        scopesAsked.add(scope);
        TokenPort.TokenRequest grant = new TokenPort.TokenRequest(login, DefaultWorld.PARTNER_TENANT, DefaultWorld.BRIDGE_CLIENT_ID,
                DefaultWorld.BRIDGE_SECRET, scope);
        return Mono.fromCallable(() -> tokens.acquire(grant)
                .map(token -> new AccessToken(token.value(), token.expiresAt().atOffset(ZoneOffset.UTC)))
                .getOrElseThrow(refused -> new IllegalStateException("the emulator refused a token for " + scope + ": " + refused)));
    }

    /** Every scope the SDK asked a token for, in order. */
    List<String> scopesAsked() {
        return List.copyOf(scopesAsked);
    }
}
