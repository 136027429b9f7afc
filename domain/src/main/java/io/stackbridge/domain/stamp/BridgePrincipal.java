package io.stackbridge.domain.stamp;

import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.identity.CertificateCredential;
import io.stackbridge.domain.identity.ClientSecret;
import io.vavr.control.Option;

import java.net.URI;
import java.util.Objects;

/**
 * The Azure Bridge's service principal, as registration creates it: where it signs in, its tenant,
 * client and object IDs (the object ID goes into the registration token), its secret, and the
 * certificate it signs in with instead when it has one.
 */
public record BridgePrincipal(URI loginEndpoint, TenantId tenantId, ClientId clientId, ObjectId objectId, ClientSecret secret,
                              Option<CertificateCredential> certificate) {

    public BridgePrincipal {
        Objects.requireNonNull(loginEndpoint, "loginEndpoint");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(secret, "secret");
        certificate = certificate == null ? Option.none() : certificate;
    }

    /** A principal that signs in with its secret. */
    public BridgePrincipal(URI loginEndpoint, TenantId tenantId, ClientId clientId, ObjectId objectId, ClientSecret secret) {
        this(loginEndpoint, tenantId, clientId, objectId, secret, Option.none());
    }
}
