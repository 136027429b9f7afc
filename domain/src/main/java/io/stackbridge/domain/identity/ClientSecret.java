package io.stackbridge.domain.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/** A service principal's client secret. Compared in constant time and never printed. */
public record ClientSecret(String value) {

    public ClientSecret {
        Objects.requireNonNull(value, "value");
    }

    /** A secret nobody knows: for a principal that signs in with a certificate only. */
    public static ClientSecret unusable() {
        return new ClientSecret("unusable-" + java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID());
    }

    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "ClientSecret[***]";
    }
}
