package io.stackbridge.domain.stamp;

import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.registration.RegistrationKey;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * An activation key the stamp verified and applied, with its claims and when it was applied
 * (stamp time). Its usage endpoint and usage resource are where the bridge reports.
 */
public record Activation(ActivationKey key, ActivationKeyClaims claims, Instant appliedAt) {

    public Activation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(appliedAt, "appliedAt");
    }

    /** The registration resource in Azure this activation belongs to. */
    public RegistrationKey registration() {
        return claims.registration();
    }

    public URI usageEndpoint() {
        return URI.create(claims.usageEndpoint());
    }

    public String usageResourceUri() {
        return claims.usageResourceUri();
    }

    /** Whether the key's {@code expires} lies before {@code now}. */
    public boolean expiredAt(Instant now) {
        return claims.expires().isBefore(now);
    }
}
