package io.stackbridge.adapters.fakeazure.identity;

import com.nimbusds.jose.jwk.RSAKey;
import io.stackbridge.application.port.out.SigningKeysPort;
import io.stackbridge.domain.identity.SigningKey;
import io.vavr.collection.List;
import jakarta.inject.Inject;

/** The public half of this fake Azure's signing key, as its key-discovery endpoint publishes it. */
public final class PublishedSigningKeys implements SigningKeysPort {

    private final RsaTokenSigning signing;

    @Inject
    public PublishedSigningKeys(RsaTokenSigning signing) {
        this.signing = signing;
    }

    @Override
    public List<SigningKey> publicKeys() {
        RSAKey key = signing.key().toPublicJWK();
        return List.of(new SigningKey(key.getKeyID(), key.getAlgorithm().getName(), key.getModulus().toString(),
                key.getPublicExponent().toString()));
    }
}
