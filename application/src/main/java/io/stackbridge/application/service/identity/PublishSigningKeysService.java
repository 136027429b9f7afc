package io.stackbridge.application.service.identity;

import io.stackbridge.application.port.in.identity.PublishSigningKeysUseCase;
import io.stackbridge.application.port.out.SigningKeysPort;
import io.stackbridge.domain.identity.SigningKey;
import io.vavr.collection.List;

/** Publishes the signing keys' public halves as the key store holds them. */
public final class PublishSigningKeysService implements PublishSigningKeysUseCase {

    private final SigningKeysPort keys;

    public PublishSigningKeysService(SigningKeysPort keys) {
        this.keys = keys;
    }

    @Override
    public List<SigningKey> keys() {
        return keys.publicKeys();
    }
}
