package io.stackbridge.adapters.http.server.admin;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.application.port.in.identity.PublishSigningKeysUseCase;
import io.stackbridge.domain.identity.SigningKey;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/**
 * The emulated Azure's key discovery, {@code GET /_stackbridge/keys}: its signing keys' public
 * halves as a JSON Web Key Set, with which a stamp verifies activation keys (and anyone the access tokens).
 */
public final class KeyRoutes {

    public static final String PATH = "/keys";

    private final PublishSigningKeysUseCase publishSigningKeys;

    @Inject
    public KeyRoutes(PublishSigningKeysUseCase publishSigningKeys) {
        this.publishSigningKeys = publishSigningKeys;
    }

    /** One RSA public key of a JWK set (RFC 7517). */
    public record Jwk(String kty, String use, String kid, String alg, String n, String e) {
        public static Jwk from(SigningKey key) {
            return new Jwk("RSA", "sig", key.keyId(), key.algorithm(), key.modulus(), key.exponent());
        }
    }

    /** A JWK set: {@code {"keys":[…]}}. */
    public record JwkSet(java.util.List<Jwk> keys) {
    }

    public List<AdminRoute> routes() {
        return List.of(AdminRoute.of(HandlerType.GET, PATH, call -> Either.right(Reply.ok(
                new JwkSet(publishSigningKeys.keys().map(Jwk::from).toJavaList())).withHeader("Cache-Control", "max-age=300"))));
    }
}
