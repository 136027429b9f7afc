package io.stackbridge.domain.identity;

import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.TenantId;

import io.vavr.control.Option;

import java.util.Objects;

/**
 * An Entra ID service principal that can sign in with client credentials: its home tenant, its
 * application (client) ID, its object ID, its secret, whether it is enabled, and the certificate it
 * may sign client assertions with instead of presenting the secret.
 */
public record ServicePrincipal(TenantId tenantId, ClientId clientId, ObjectId objectId, ClientSecret secret,
                               boolean enabled, String displayName, Option<ClientCertificate> certificate) {

    public ServicePrincipal {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(secret, "secret");
        displayName = displayName == null ? "" : displayName;
        certificate = certificate == null ? Option.none() : certificate;
    }

    /** A principal with a secret only. */
    public ServicePrincipal(TenantId tenantId, ClientId clientId, ObjectId objectId, ClientSecret secret,
                            boolean enabled, String displayName) {
        this(tenantId, clientId, objectId, secret, enabled, displayName, Option.none());
    }

    public ServicePrincipal withEnabled(boolean isEnabled) {
        return new ServicePrincipal(tenantId, clientId, objectId, secret, isEnabled, displayName, certificate);
    }

    public ServicePrincipal withCertificate(ClientCertificate registered) {
        return new ServicePrincipal(tenantId, clientId, objectId, secret, enabled, displayName, Option.some(registered));
    }
}
