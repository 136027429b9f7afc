package io.stackbridge.domain.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/** A service principal's client secret. Compared in constant time and never printed. */
public record ClientSecret(String value) {

    public ClientSecret {
        Objects.requireNonNull(value, "value");
    }

    private static final java.util.regex.Pattern UNUSABLE = java.util.regex.Pattern.compile(
            "unusable-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    /** A secret nobody knows: for a principal that signs in with a certificate only. */
    public static ClientSecret unusable() {
        return new ClientSecret("unusable-" + java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID());
    }

    /** Whether someone can sign in with it: not empty (a principal read back without its secret), not {@link #unusable()}. */
    public boolean usable() {
        return !value.isEmpty() && !UNUSABLE.matcher(value).matches();
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
