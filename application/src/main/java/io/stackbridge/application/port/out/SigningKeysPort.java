package io.stackbridge.application.port.out;

import io.stackbridge.domain.identity.SigningKey;
import io.vavr.collection.List;

/** The public keys of the issuing Azure's signing keys, for those who verify its tokens and activation keys. */
public interface SigningKeysPort {

    List<SigningKey> publicKeys();
}
