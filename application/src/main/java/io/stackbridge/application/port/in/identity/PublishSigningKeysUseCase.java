package io.stackbridge.application.port.in.identity;

import io.stackbridge.domain.identity.SigningKey;
import io.vavr.collection.List;

/** Publishes the public keys that verify this Azure's access tokens and activation keys (key discovery). */
public interface PublishSigningKeysUseCase {

    List<SigningKey> keys();
}
