package io.stackbridge.domain.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * A certificate registered on an application, with which it signs its client assertions: the
 * certificate as PEM, its SHA-1 and SHA-256 thumbprints in unpadded Base64url (as the {@code x5t}
 * and {@code x5t#S256} headers carry them) and its validity period.
 */
public record ClientCertificate(String pem, String sha1Thumbprint, String sha256Thumbprint, Instant notBefore, Instant notAfter) {

    public ClientCertificate {
        Objects.requireNonNull(pem, "pem");
        Objects.requireNonNull(sha1Thumbprint, "sha1Thumbprint");
        Objects.requireNonNull(sha256Thumbprint, "sha256Thumbprint");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
    }

    /**
     * Whether an assertion header's {@code x5t} or {@code x5t#S256} names this certificate; read in
     * Base64url or plain Base64, padded or not (MSAL for Java writes plain padded Base64).
     */
    public boolean named(String x5t, String x5tS256) {
        return sha1Thumbprint.equals(urlSafe(x5t)) || sha256Thumbprint.equals(urlSafe(x5tS256));
    }

    private static String urlSafe(String thumbprint) {
        return thumbprint == null ? null : thumbprint.trim().replace('+', '-').replace('/', '_').replace("=", "");
    }

    public boolean validAt(Instant now) {
        return !now.isBefore(notBefore) && !now.isAfter(notAfter);
    }

    @Override
    public String toString() {
        return "ClientCertificate[x5t " + sha1Thumbprint + ", until " + notAfter + "]";
    }
}
