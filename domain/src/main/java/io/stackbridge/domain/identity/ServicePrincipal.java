package io.stackbridge.domain.identity;

import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.TenantId;

import java.util.Objects;

/**
 * An Entra ID service principal that can sign in with client credentials: its home tenant, its
 * application (client) ID, its object ID, its secret, and whether it is enabled.
 */
public record ServicePrincipal(TenantId tenantId, ClientId clientId, ObjectId objectId, ClientSecret secret,
                               boolean enabled, String displayName) {

    public ServicePrincipal {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(secret, "secret");
        displayName = displayName == null ? "" : displayName;
    }

    public ServicePrincipal withEnabled(boolean isEnabled) {
        return new ServicePrincipal(tenantId, clientId, objectId, secret, isEnabled, displayName);
    }
}
