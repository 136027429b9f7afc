package io.stackbridge.adapters.fakeazure.identity;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.stackbridge.application.port.out.TokenSigningPort;
import io.stackbridge.domain.identity.AccessTokenClaims;
import io.stackbridge.domain.identity.TokenProblem;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * This fake Azure's signing key: a 2048-bit RSA key pair made when the fake starts (or supplied, to
 * keep one key across restarts), used to sign (RS256) access tokens and activation keys and to read
 * back the ones it signed. Its public half is published as a JWK. Times in tokens are whole seconds.
 * A key made at start is made on a thread of its own, beside the rest of the start (it is the
 * slowest step of it); the first use of the key waits for it. With a {@link SigningKeyStash}, the
 * key is the one a previous start made ahead and left there, when there is one: the start then makes
 * no key at all. Either way, that thread then signs and checks a throwaway token, so that the first
 * real one finds the signing code loaded.
 */
@Singleton
public final class RsaTokenSigning implements TokenSigningPort {

    static final int KEY_SIZE_BITS = 2048;

    /** The key and what signs and verifies with it. */
    private record Keyed(RSAKey key, SignedJson jws) {
        Keyed(RSAKey key) {
            this(key, new SignedJson(key));
        }
    }

    private final CompletableFuture<Keyed> keyed;

    /** Signing with a key made now, on a thread of its own. */
    public RsaTokenSigning() {
        this(Option.none());
    }

    /** Signing with the key left in {@code stash} by a previous start, or with one made now when there is none; on a thread of its own. */
    @Inject
    public RsaTokenSigning(Option<SigningKeyStash> stash) {
        this(CompletableFuture.supplyAsync(() -> warmedUp(new Keyed(stash.flatMap(SigningKeyStash::take).getOrElse(RsaTokenSigning::generate))),
                RsaTokenSigning::onItsOwnThread));
    }

    RsaTokenSigning(RSAKey key) {
        this(CompletableFuture.completedFuture(new Keyed(key)));
    }

    private RsaTokenSigning(CompletableFuture<Keyed> keyed) {
        this.keyed = keyed;
    }

    /** Signing with a new key pair, made now. */
    public static RsaTokenSigning generated() {
        return new RsaTokenSigning(generate());
    }

    /**
     * Signing with the key pair {@link #privateJwk()} wrote (a kept key), so that what was signed
     * before a restart still verifies after it; not an RSA private key with a key ID → IllegalArgumentException.
     */
    public static RsaTokenSigning withPrivateJwk(String json) {
        return new RsaTokenSigning(privateKey(json));
    }

    /** The signing key pair a private JWK holds; not an RSA private key with a key ID → IllegalArgumentException. */
    static RSAKey privateKey(String json) {
        RSAKey parsed;
        try {
            parsed = RSAKey.parse(json);
        } catch (java.text.ParseException unreadable) {
            throw new IllegalArgumentException("not an RSA JWK: " + unreadable.getMessage(), unreadable);
        }
        if (!parsed.isPrivate() || parsed.getKeyID() == null) {
            throw new IllegalArgumentException("the JWK lacks its private half or its key ID");
        }
        return new RSAKey.Builder(parsed).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
    }

    @Override
    public String signAccessToken(AccessTokenClaims claims) {
        return keyed().jws().sign(AccessTokenJson.write(claims));
    }

    @Override
    public Either<TokenProblem, AccessTokenClaims> readAccessToken(String token) {
        return keyed().jws().verified(token).flatMap(json -> AccessTokenJson.read(json).toEither(TokenProblem.MALFORMED));
    }

    @Override
    public ActivationKey signActivationKey(ActivationKeyClaims claims) {
        return new ActivationKey(keyed().jws().sign(ActivationKeyJson.write(claims)));
    }

    @Override
    public Either<TokenProblem, ActivationKeyClaims> readActivationKey(ActivationKey activationKey) {
        return keyed().jws().verified(activationKey.value()).flatMap(json -> ActivationKeyJson.read(json).toEither(TokenProblem.MALFORMED));
    }

    @Override
    public String signDetached(byte[] content) {
        return keyed().jws().signDetached(content);
    }

    /** The key pair itself, for tests in this package that sign payloads of their own. */
    RSAKey key() {
        return keyed().key();
    }

    /** The key's ID, as in the {@code kid} header of every token it signs. */
    public String keyId() {
        return key().getKeyID();
    }

    /** The public key as a JWK (JSON), for whoever verifies this fake's tokens and activation keys. */
    public String publicJwk() {
        return key().toPublicJWK().toJSONString();
    }

    /** The whole key pair as a JWK, private half included: for a store that keeps it between starts, and nobody else. */
    public String privateJwk() {
        return key().toJSONString();
    }

    /** The public key as a JWK set ({@code {"keys":[…]}}), as a key-discovery endpoint publishes it. */
    public String publicJwkSet() {
        return new JWKSet(key().toPublicJWK()).toString();
    }

    /** The key, once made (waits for it the first time). */
    private Keyed keyed() {
        try {
            return keyed.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    /** Runs the key's making on a daemon thread of its own, so that it never holds a stopping process up. */
    private static void onItsOwnThread(Runnable making) {
        Thread thread = new Thread(making, "stackbridge-signing-key");
        thread.setDaemon(true);
        thread.start();
    }

    /** {@code keyed}, once it has signed and checked a throwaway token: what the first real token then finds loaded. */
    private static Keyed warmedUp(Keyed keyed) {
        keyed.jws().verified(keyed.jws().sign(JsonNodeFactory.instance.objectNode()));
        return keyed;
    }

    /** A new 2048-bit RSA key pair for RS256, with a random key ID. */
    static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_SIZE_BITS)
                    .keyID(UUID.randomUUID().toString().replace("-", ""))
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException impossible) {
            throw new IllegalStateException("cannot generate an RSA key pair", impossible);
        }
    }
}
