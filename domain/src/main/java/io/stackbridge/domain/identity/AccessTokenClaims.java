package io.stackbridge.domain.identity;

import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.TenantId;

import java.time.Instant;
import java.util.Objects;

/**
 * What an access token asserts: for which audience, from which issuer, when it is valid, and which
 * application ({@code appid}), tenant ({@code tid}) and principal object ({@code oid}) holds it.
 */
public record AccessTokenClaims(String audience, String issuer, Instant notBefore, Instant expiresAt,
                                ClientId appId, TenantId tenantId, ObjectId objectId) {

    public AccessTokenClaims {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(objectId, "objectId");
    }
}
