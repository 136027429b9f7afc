package io.stackbridge.application.port.out;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.identity.CertificateCredential;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * How the bridge signs in to Entra ID with client credentials. Every failure, unreachable endpoint
 * or refused credentials, is a {@code LoginError}.
 */
public interface TokenPort {

    /**
     * Client credentials for {@code scope} (the usage resource followed by {@code /.default}): the secret,
     * or, when a certificate is given, a client assertion signed with it.
     */
    record TokenRequest(URI loginEndpoint, TenantId tenantId, ClientId clientId, String clientSecret, String scope,
                        Option<CertificateCredential> certificate) {

        /** Sign-in with a secret. */
        public TokenRequest(URI loginEndpoint, TenantId tenantId, ClientId clientId, String clientSecret, String scope) {
            this(loginEndpoint, tenantId, clientId, clientSecret, scope, Option.none());
        }

        public TokenRequest {
            Objects.requireNonNull(loginEndpoint, "loginEndpoint");
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(clientSecret, "clientSecret");
            Objects.requireNonNull(scope, "scope");
            certificate = certificate == null ? Option.none() : certificate;
        }

        @Override
        public String toString() {
            return "TokenRequest[" + loginEndpoint + ", " + tenantId + ", " + clientId + ", " + scope + "]";
        }
    }

    /** A bearer token and when it stops being valid. */
    record AccessToken(String value, Instant expiresAt) {
        public AccessToken {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        @Override
        public String toString() {
            return "AccessToken[expires " + expiresAt + "]";
        }
    }

    Either<DomainError, AccessToken> acquire(TokenRequest request);
}
