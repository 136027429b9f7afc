package io.stackbridge.application.port.in.identity;

import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;

import java.time.Instant;

/** Entra ID's token endpoint for the client-credentials grant. */
public interface IssueAccessTokenUseCase {

    /**
     * The form fields of a token request, as sent, plus the tenant from the endpoint's path. The client
     * proves itself with its secret, or with a client assertion ({@code client_assertion_type} jwt-bearer).
     */
    record ClientCredentialsGrant(String tenant, String grantType, String clientId, String clientSecret, String scope,
                                  String clientAssertionType, String clientAssertion) {

        /** A grant with a client secret. */
        public ClientCredentialsGrant(String tenant, String grantType, String clientId, String clientSecret, String scope) {
            this(tenant, grantType, clientId, clientSecret, scope, null, null);
        }

        @Override
        public String toString() {
            return "ClientCredentialsGrant[" + tenant + ", " + grantType + ", " + clientId + ", " + scope + "]";
        }
    }

    /** A signed access token and when it expires. */
    record IssuedToken(String accessToken, Instant expiresAt, long expiresInSeconds) {
        @Override
        public String toString() {
            return "IssuedToken[expires " + expiresAt + "]";
        }
    }

    Either<DomainError, IssuedToken> issue(ClientCredentialsGrant grant);
}
