package io.stackbridge.domain.identity;

import java.util.Objects;

/**
 * The public half of an RSA key an Azure signs tokens and activation keys with, as key discovery
 * publishes it: key ID, algorithm, and modulus and exponent in unpadded Base64url.
 */
public record SigningKey(String keyId, String algorithm, String modulus, String exponent) {

    public SigningKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(modulus, "modulus");
        Objects.requireNonNull(exponent, "exponent");
    }
}
