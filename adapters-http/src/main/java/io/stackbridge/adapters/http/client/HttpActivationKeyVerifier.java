package io.stackbridge.adapters.http.client;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import io.stackbridge.domain.bridge.AzureService;
import io.stackbridge.application.port.out.ActivationKeyVerifierPort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorContext;
import io.stackbridge.domain.error.StampError.ActivationKeyNotTrusted;
import io.stackbridge.domain.identity.TokenProblem;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;

import java.net.URI;
import java.time.Clock;

/**
 * Verifies an activation key against the key set the issuing Azure publishes over HTTPS (the
 * emulator's {@code GET /_stackbridge/keys}): RS256, signed by the published key its {@code kid}
 * names. Failing to fetch the set is the bridge code of that failure.
 */
public final class HttpActivationKeyVerifier implements ActivationKeyVerifierPort {

    private final HttpTransport transport;
    private final URI keySet;

    public HttpActivationKeyVerifier(HttpTransport transport, URI keySet) {
        this.transport = transport;
        this.keySet = keySet;
    }

    /** A verifier of the keys an emulator at {@code base} publishes. */
    public static HttpActivationKeyVerifier ofEmulator(ClientConfig config, URI base) {
        return ofEmulator(new HttpTransport(config), base);
    }

    /** The same, over a transport the caller shares with other clients. */
    public static HttpActivationKeyVerifier ofEmulator(HttpTransport transport, URI base) {
        return new HttpActivationKeyVerifier(transport, URI.create(UrlPaths.under(base, "_stackbridge", "keys")));
    }

    @Override
    public Either<DomainError, ActivationKeyClaims> verify(ActivationKey key) {
        Option<JWSObject> jws = Try.of(() -> JWSObject.parse(key.value().trim())).toOption();
        if (jws.isEmpty() || !JWSAlgorithm.RS256.equals(jws.get().getHeader().getAlgorithm())) {
            return Either.left(new ActivationKeyNotTrusted(jws.isEmpty() ? TokenProblem.MALFORMED : TokenProblem.BAD_SIGNATURE));
        }
        return publishedKeys().flatMap(keys -> verified(jws.get(), keys));
    }

    private Either<DomainError, JWKSet> publishedKeys() {
        Exchange keys = new Exchange(transport, AzureService.RESOURCE_MANAGER, keySet.toString(), Clock.systemUTC());
        return keys.send(keySet, get -> get.GET(), ErrorContext.EMPTY)
                .flatMap(answer -> Try.of(() -> JWKSet.parse(answer.body())).toEither()
                        .mapLeft(unreadable -> keys.unreadable("not a JWK set")));
    }

    private static Either<DomainError, ActivationKeyClaims> verified(JWSObject jws, JWKSet keys) {
        JWK published = jws.getHeader().getKeyID() == null ? null : keys.getKeyByKeyId(jws.getHeader().getKeyID());
        if (!(published instanceof RSAKey rsa) || !verifies(jws, rsa)) {
            return Either.left(new ActivationKeyNotTrusted(TokenProblem.BAD_SIGNATURE));
        }
        return ActivationKeyPayload.read(jws.getPayload().toString())
                .<DomainError>toEither(() -> new ActivationKeyNotTrusted(TokenProblem.MALFORMED));
    }

    private static boolean verifies(JWSObject jws, RSAKey key) {
        try {
            return jws.verify(new RSASSAVerifier(key.toRSAPublicKey()));
        } catch (JOSEException | IllegalStateException unverifiable) {
            return false;
        }
    }
}
