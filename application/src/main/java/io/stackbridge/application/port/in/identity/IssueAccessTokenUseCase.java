package io.stackbridge.application.port.in.identity;

import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;

import java.time.Instant;

/** Entra ID's token endpoint for the client-credentials grant. */
public interface IssueAccessTokenUseCase {

    /** The form fields of a token request, as sent, plus the tenant from the endpoint's path. */
    record ClientCredentialsGrant(String tenant, String grantType, String clientId, String clientSecret, String scope) {
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
