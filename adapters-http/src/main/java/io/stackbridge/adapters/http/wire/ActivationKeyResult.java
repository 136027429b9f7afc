package io.stackbridge.adapters.http.wire;

import io.stackbridge.domain.registration.ActivationKey;

/** The answer of {@code getactivationkey}: {@code {"activationKey":"<JWT>"}}. Printed without the key. */
public record ActivationKeyResult(String activationKey) {

    public static ActivationKeyResult from(ActivationKey key) {
        return new ActivationKeyResult(key.value());
    }

    public ActivationKey toDomain() {
        return new ActivationKey(activationKey == null ? "" : activationKey);
    }

    @Override
    public String toString() {
        return "ActivationKeyResult[***]";
    }
}
